-- wrk script of the save benchmark: each wrk thread is one client with one keep-alive connection, saving answers to
-- its own scorecard. It sends the version the previous answer returned as baseVersion (a refused save, 409, carries the
-- current one) and a fresh Idempotency-Key with every save.
-- Arguments: the clients file (clients = { {token = …, interview = …}, … }), then each client's current version.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  dofile(args[1])
  client = clients[id]
  version = tonumber(args[id + 1]) or 0
  saves = 0
end

function request()
  saves = saves + 1
  local position = saves % 20 + 1
  local body = string.format('{"baseVersion":%d,"score":%d,"note":"save %d of client %d"}', version, saves % 4 + 1, saves, id)
  return wrk.format("PUT", "/api/v1/interviews/" .. client.interview .. "/scorecard/items/" .. position, {
    ["Authorization"] = "Bearer " .. client.token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "wrk-" .. id .. "-" .. version .. "-" .. saves,
  }, body)
end

function response(status, headers, body)
  local current = body:match('"version":(%d+)')
  if current then
    version = tonumber(current)
  end
end

function done(summary, latency, requests)
  local acknowledged = summary.requests - summary.errors.status
  io.write(string.format("acknowledged %d refused %d saves/s %.1f\n", acknowledged, summary.errors.status,
    acknowledged / (summary.duration / 1e6)))
end
