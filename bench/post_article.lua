-- wrk script: POST /v1/analyze with the JSON body in the file $ISNAD_BODY.
local f = assert(io.open(os.getenv("ISNAD_BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
