// Integration (Node): the layer fence is real — ESLint, with the project's own config, rejects
// Electron in the core and Node in the renderer. Lints planted text; writes no files.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function fenceErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter(
      (m) =>
        m.ruleId === 'no-restricted-imports' ||
        m.ruleId === '@typescript-eslint/no-restricted-imports' ||
        m.ruleId === 'no-restricted-syntax',
    )
    .map((m) => m.message);
}

describe('lint fence', () => {
  it.each([
    ['electron/core/planted.ts', "import 'electron';\n"],
    ['electron/core/sync/planted.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/sim/planted.ts', "import Store from 'electron-store';\nexport const s = Store;\n"],
    [
      'electron/core/connections/planted.ts',
      "import { startReservieSim } from '../../sim';\nexport const s = startReservieSim;\n",
    ],
    ['electron/core/planted.ts', "export const load = () => import('../sim/demo-backends');\n"],
    ['electron/core/planted.ts', "import '../sim/reservie/reservie-sim';\n"],
    ['electron/web/planted.ts', "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n"],
    ['renderer/src/planted.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['renderer/src/planted.ts', "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n"],
    ['shared/planted.ts', "import { join } from 'node:path';\nexport const j = join;\n"],
    [
      'renderer/src/features/sync/planted.ts',
      "import { SyncRequest } from '../../../../shared/domain/sync';\nexport const s = SyncRequest;\n",
    ],
    [
      'renderer/src/planted.ts',
      "import { contract } from '../../shared/ipc/contract';\nexport const c = contract;\n",
    ],
    ['shared/ipc/channels.ts', "import { z } from 'zod';\nexport const planted = z.string();\n"],
  ])('%s: %s is refused', async (file, code) => {
    expect(await fenceErrors(file, code)).not.toEqual([]);
  });

  it('lets the renderer import types from any shared module, values only from zod-free ones', async () => {
    const code = [
      "import type { SyncProgress } from '../../../../shared/domain/sync';",
      "import { SYNC_RESOURCE_LABEL } from '../../../../shared/domain/sync-resources';",
      "import { CHANNELS } from '../../../../shared/ipc/channels';",
      'export const x: SyncProgress | null = null;',
      'export const y = [SYNC_RESOURCE_LABEL, CHANNELS];',
      '',
    ].join('\n');
    expect(await fenceErrors('renderer/src/features/sync/planted.ts', code)).toEqual([]);
  });

  it('allows the hosts to load the simulators', async () => {
    for (const file of ['electron/main/planted.ts', 'electron/node-host/planted.ts']) {
      expect(await fenceErrors(file, "export const load = () => import('../sim/demo-backends');\n")).toEqual(
        [],
      );
    }
  });

  it('allows electron in the Electron host', async () => {
    expect(
      await fenceErrors(
        'electron/main/planted.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
      ),
    ).toEqual([]);
  });
});
