-- wrk script: posts the benchmark's exact request body.
-- Run from the repository root:
--   wrk -t2 -c50 -d60s --latency -s bench/gateway/post.lua http://127.0.0.1:4200/graphql
local file = assert(io.open("bench/gateway/request.json", "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
