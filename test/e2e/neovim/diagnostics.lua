-- Headless Neovim (0.7+) as a real LSP client of the unres server: starts `node dist/server.js --stdio`
-- with the built-in client, opens a draft, waits (bounded) for the server's diagnostics and writes what
-- Neovim holds for the buffer as JSON. Driven by test/e2e/neovim/neovim.test.ts through the environment:
--   UNRES_NODE, UNRES_SERVER, UNRES_DRAFT, UNRES_FILETYPE, UNRES_OUT, UNRES_TIMEOUT_MS
-- Exit status: 0 when diagnostics arrived, 3 when none came in time, 2 when the client did not start.
local env = function(name, default)
  local value = os.getenv(name)
  if value == nil or value == '' then return default end
  return value
end

local draft = env('UNRES_DRAFT')
local out = env('UNRES_OUT')
local timeout = tonumber(env('UNRES_TIMEOUT_MS', '10000'))

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local buf = vim.api.nvim_get_current_buf()
-- Neovim sends the filetype as the LSP languageId: `unres`, or `markdown` for a Markdown draft.
vim.bo[buf].filetype = env('UNRES_FILETYPE', 'unres')

local received = false
local server_exit = nil
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']

local client_id = vim.lsp.start_client({
  name = 'unres',
  cmd = { env('UNRES_NODE', 'node'), env('UNRES_SERVER'), '--stdio' },
  root_dir = vim.fn.fnamemodify(draft, ':p:h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      default_handler(err, result, ctx, config)
      if result and result.uri == vim.uri_from_bufnr(buf) and #result.diagnostics > 0 then
        received = true
      end
    end,
  },
  on_exit = function(code, signal)
    server_exit = { code = code, signal = signal }
  end,
})

local function finish(status, extra)
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(diagnostics, {
      line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code, source = d.source, message = d.message,
    })
  end
  local report = { received = received, diagnostics = diagnostics, server_exit = server_exit, note = extra }
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(report))
  file:close()
  if client_id then vim.lsp.stop_client(client_id, true) end
  if status == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. status) end
end

if not client_id then
  finish(2, 'vim.lsp.start_client returned nothing')
else
  vim.lsp.buf_attach_client(buf, client_id)
  -- Stop early when the server process dies: a broken server must fail fast, not at the timeout.
  vim.wait(timeout, function() return received or server_exit ~= nil end, 20)
  finish(received and 0 or 3, received and nil or 'no diagnostics arrived')
end
