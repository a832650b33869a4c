-- wrk script of the petition signing benchmark (bench/petition-signing.sh): each request is one
-- account signing the measured petition through the signing form, with that account's session
-- cookie, CSRF cookie and token, the confirmation, the residence basis and a national ID number.
-- The accounts (one line each: cookies, token, national ID, tab-separated, written by
-- FormClient.java's "sessions" step) are shared out between wrk's threads; a thread stops when it
-- has used all of its own, so no account signs twice. A signature is acknowledged by a 302 to the
-- petition page with "?signed"; anything else is counted as refused.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  petition = args[1]
  file = args[2]
  count = tonumber(args[3])
  accounts = {}
  local i = 0
  for line in io.lines(file) do
    if i % count == id then
      local cookies, token, cin = line:match("([^\t]*)\t([^\t]*)\t([^\t]*)")
      table.insert(accounts, { cookies = cookies, token = token, cin = cin })
    end
    i = i + 1
  end
  next_account = 1
  refused = 0
  sent = 0
end

function request()
  local account = accounts[next_account]
  if account == nil then
    wrk.thread:stop()
    account = accounts[#accounts]
  end
  next_account = next_account + 1
  sent = sent + 1
  local body = "_csrf=" .. account.token .. "&confirm=on&basis=residence&nationalId=" .. account.cin
  return wrk.format("POST", "/petitions/" .. petition .. "/sign", {
    ["Cookie"] = account.cookies,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept-Language"] = "fr",
  }, body)
end

function response(status, headers, body)
  local location = headers["Location"] or ""
  if status ~= 302 or not location:find("?signed", 1, true) then
    refused = refused + 1
  end
  if next_account > #accounts then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local refusedAll, sentAll = 0, 0
  for _, thread in ipairs(threads) do
    refusedAll = refusedAll + thread:get("refused")
    sentAll = sentAll + thread:get("sent")
  end
  io.write(string.format("wrk: %d requests sent, %d refused or failed\n", summary.requests, refusedAll))
end
