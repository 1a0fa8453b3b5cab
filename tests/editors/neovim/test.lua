-- A headless Neovim (0.7+) attaches the built Byline server to a plain article and checks what a user sees:
-- pushed diagnostics (Neovim 0.7 cannot pull), an edit updating them, hover on an entity and on a sentence,
-- the outline (document symbols, every child inside its parent) and the code lens on the headline.
-- Run by run.sh: BYLINE_SERVER_DLL is the server, BYLINE_ARTICLE the article (in a folder not named seeds).
-- Prints one line per check and ends with "N passed, N failed"; exits 0 only when every check passed.

local server_dll = assert(os.getenv('BYLINE_SERVER_DLL'), 'BYLINE_SERVER_DLL is not set')
local article = assert(os.getenv('BYLINE_ARTICLE'), 'BYLINE_ARTICLE is not set')
local timeout_ms = tonumber(os.getenv('BYLINE_NVIM_TIMEOUT_MS') or '60000')

local passed, failed = 0, 0
local function out(line) io.stdout:write(line .. '\n') end

local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    out('ok - ' .. name)
  else
    failed = failed + 1
    out('not ok - ' .. name .. (detail and (': ' .. detail) or ''))
  end
  return ok
end

local function finish()
  out(string.format('%d passed, %d failed', passed, failed))
  io.stdout:flush()
  os.exit(failed == 0 and 0 or 1)
end

vim.cmd('edit ' .. vim.fn.fnameescape(article))
local bufnr = vim.api.nvim_get_current_buf()

local published = {}
local client_id = vim.lsp.start_client({
  name = 'byline',
  cmd = { 'dotnet', server_dll, '--stdio' },
  root_dir = vim.fn.fnamemodify(article, ':h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      table.insert(published, result)
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
})
if not check('the server starts', client_id ~= nil) then finish() end
vim.lsp.buf_attach_client(bufnr, client_id)
local client = vim.lsp.get_client_by_id(client_id)

local initialized = vim.wait(timeout_ms, function() return client.initialized end, 50)
if not check('initialize answered', initialized) then finish() end
check('the server offers no pull diagnostics to a client that cannot pull',
  client.server_capabilities.diagnosticProvider == nil)

local function codes()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    found[code or '?'] = (found[code or '?'] or 0) + 1
  end
  return found
end

local got = vim.wait(timeout_ms, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
check('diagnostics are pushed without a pull request', got and #published > 0)
local before = codes()
check('an unattributed claim is flagged (BYL0001)', (before['BYL0001'] or 0) > 0, vim.inspect(before))

-- The position of the first occurrence of needle, in LSP terms (the article is ASCII on these lines, so
-- byte columns are UTF-16 columns too).
local function position_of(needle, into)
  for line, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = text:find(needle, 1, true)
    if col then return { line = line - 1, character = col - 1 + (into or 1) } end
  end
  error('not in the article: ' .. needle)
end

local function request(method, params)
  local response, err = client.request_sync(method, params, timeout_ms, bufnr)
  if not response then return nil, err end
  if response.err then return nil, vim.inspect(response.err) end
  return response.result
end

local document = { uri = vim.uri_from_bufnr(bufnr) }

local function hover_text(needle, into)
  local result, err = request('textDocument/hover', { textDocument = document, position = position_of(needle, into) })
  if not result then return '', err end
  return result.contents.value or '', nil
end

local entity = hover_text('Reuters')
check('hover on an entity shows its card', entity:find('**Reuters** · Organization', 1, true) ~= nil, entity)
local sentence = hover_text('formally contains')
check('hover on a sentence says why it is flagged', sentence:find('Claim · unattributed', 1, true) ~= nil
  and sentence:find('BYL0001', 1, true) ~= nil, sentence)
local quoted = hover_text('Acting in self defense')
check('hover on an attributed sentence names its source', quoted:find('Claim · attributed', 1, true) ~= nil
  and quoted:find('spokesperson', 1, true) ~= nil, quoted)
local hedged = hover_text('rocket fire')
check('hover on a hedged sentence says its sourcing is vague', hedged:find('Claim · vague sourcing', 1, true) ~= nil, hedged)

local symbols, err = request('textDocument/documentSymbol', { textDocument = document })
check('document symbols answer', symbols ~= nil and #symbols > 0, err)
symbols = symbols or {}
check('the outline starts with the headline', symbols[1] and symbols[1].kind == 1
  and symbols[1].name:find('^Anti%-Daesh') ~= nil, symbols[1] and symbols[1].name)
check('the outline ends with the Entities group', symbols[#symbols] and symbols[#symbols].name == 'Entities')

local function before_or_at(a, b) return a.line < b.line or (a.line == b.line and a.character <= b.character) end
local function inside(outer, inner) return before_or_at(outer.start, inner.start) and before_or_at(inner['end'], outer['end']) end
local outside = {}
local function walk(list, parent)
  for _, symbol in ipairs(list or {}) do
    if parent and not inside(parent.range, symbol.range) then table.insert(outside, symbol.name .. ' in ' .. parent.name) end
    if parent and symbol.name == parent.name then table.insert(outside, symbol.name .. ' repeats its parent') end
    walk(symbol.children, symbol)
  end
end
walk(symbols, nil)
check('every symbol lies inside its parent and none repeats it', #outside == 0, table.concat(outside, '; '))

local lenses = request('textDocument/codeLens', { textDocument = document }) or {}
check('the headline carries the sourcing summary', lenses[1] ~= nil and lenses[1].range.start.line == 0
  and lenses[1].command.title:find('^%d+ claims · %d+ attributed · %d+ unattributed') ~= nil,
  lenses[1] and lenses[1].command.title)

-- An edit: one more unattributed paragraph must come back as one more BYL0001.
local count = #published
vim.api.nvim_buf_set_lines(bufnr, -1, -1, false, { 'The new runway at the airbase will open to traffic next spring.' })
local updated = vim.wait(timeout_ms, function()
  return #published > count and (codes()['BYL0001'] or 0) > (before['BYL0001'] or 0)
end, 100)
check('an edit updates the pushed diagnostics', updated, vim.inspect(codes()))

vim.lsp.stop_client(client_id)
vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish()
