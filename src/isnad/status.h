// Status: the outcome of an operation that can fail on its input.
//
// Input errors are values, never crashes or exceptions that escape the
// library: a Status carries a message that names the input and the place
// (file, line, byte) so that a user can find the bad record. A bug in isnad
// itself is an assertion, not a Status.
#ifndef ISNAD_STATUS_H_
#define ISNAD_STATUS_H_

#include <string>
#include <utility>

namespace isnad {

class Status {
 public:
  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is prefixed with `where` ("file.txt:3: ").
  Status At(const std::string& where) const {
    return ok() ? *this : Status(where + ": " + message_);
  }

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

}  // namespace isnad

#endif  // ISNAD_STATUS_H_
