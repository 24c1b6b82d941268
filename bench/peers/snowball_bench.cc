// Peer benchmark: the Snowball Arabic stemmer (libstemmer), single-threaded.
//
// Reads a UTF-8 file, splits it on ASCII white space and stems every word.
// After one warm-up pass it times `passes` passes and prints the best and
// median in MB/s of UTF-8 input bytes, by the CPU time of the thread, and
// the best by wall time:  snowball_bench FILE [passes=5]
#include <libstemmer.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

bool IsSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Stems every word of `text`; returns the sum of stem lengths (a checksum).
size_t Pass(sb_stemmer* stemmer, const std::string& text, size_t* words) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t sum = 0, count = 0, i = 0;
  while (i < n) {
    while (i < n && IsSpace(s[i])) ++i;
    const size_t b = i;
    while (i < n && !IsSpace(s[i])) ++i;
    if (i > b) {
      sb_stemmer_stem(stemmer, s + b, static_cast<int>(i - b));
      sum += static_cast<size_t>(sb_stemmer_length(stemmer));
      ++count;
    }
  }
  *words = count;
  return sum;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: snowball_bench FILE [passes]\n");
    return 2;
  }
  const int passes = argc > 2 ? std::atoi(argv[2]) : 5;
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "snowball_bench: cannot open %s\n", argv[1]);
    return 1;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  // Throughput counts article text only, as the other benchmarks do: the
  // newlines between articles are not text.
  const size_t text_bytes = text.size() - static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  sb_stemmer* stemmer = sb_stemmer_new("arabic", "UTF_8");
  if (stemmer == nullptr) {
    std::fprintf(stderr, "snowball_bench: this libstemmer has no Arabic stemmer\n");
    return 1;
  }
  size_t words = 0, checksum = Pass(stemmer, text, &words);  // warm-up
  std::vector<double> mbps, wall;
  for (int p = 0; p < passes; ++p) {
    const double c0 = ThreadSeconds();
    const auto t0 = std::chrono::steady_clock::now();
    checksum += Pass(stemmer, text, &words);
    const auto t1 = std::chrono::steady_clock::now();
    const double c1 = ThreadSeconds();
    mbps.push_back(text_bytes / 1048576.0 / (c1 - c0));
    wall.push_back(text_bytes / 1048576.0 / std::chrono::duration<double>(t1 - t0).count());
  }
  std::sort(mbps.begin(), mbps.end());
  std::sort(wall.begin(), wall.end());
  std::printf("snowball_arabic bytes=%zu words=%zu best_mbps=%.2f median_mbps=%.2f best_wall_mbps=%.2f checksum=%zu\n",
              text_bytes, words, mbps.back(), mbps[mbps.size() / 2], wall.back(), checksum);
  sb_stemmer_delete(stemmer);
  return 0;
}
