-- wrk script for inbound-webhooks.sh: sends messages signed ahead by `InboundLoad.java presign` (wrk cannot sign),
-- each once: thread k of n sends lines k, k+n, k+2n... of the file (at its end, at most one repeat a connection). Answers other than 200 are counted and the first
-- few printed; a thread that runs out of messages stops (no message is sent twice). WRK_THREADS must equal -t.
local file = os.getenv("SIGNED_FILE")
local threads, counter = {}, 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  lines, next_line, unexpected, exhausted = {}, 1, 0, false
  local n, k = 0, index
  local step = tonumber(os.getenv("WRK_THREADS"))
  for line in io.lines(file) do
    if n % step == k then table.insert(lines, line) end
    n = n + 1
  end
end

function request()
  local line = lines[next_line]
  if line == nil then
    -- the last message again, which the server stores once; the thread stops before more go out
    if not exhausted then io.stderr:write("out of signed messages: sign more for this duration\n") end
    exhausted = true
    wrk.thread:stop()
    line = lines[#lines]
  else
    next_line = next_line + 1
  end
  local id, ts, sig, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json", ["webhook-id"] = id, ["webhook-timestamp"] = ts,
    ["webhook-signature"] = "v1," .. sig }, body)
end

function response(status, headers, body)
  if status ~= 200 and not exhausted then
    unexpected = unexpected + 1
    if unexpected <= 3 then io.stderr:write("answer " .. status .. ": " .. body .. "\n") end
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("unexpected") end
  io.write(string.format("wrk: %d not answered 200\n", bad))
end
