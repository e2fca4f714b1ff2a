// Watches a notes folder for added, changed and deleted Markdown files.
//
// Why not vscode.workspace.createFileSystemWatcher: for folders outside the workspace it delivered no
// events in code-server 4.139 (test/host/personalNotes.test.ts showed it). The extension host reads
// the notes from its own file system, so Node's recursive fs.watch sees the same files in desktop and
// remote hosts alike. Events are debounced per file: editors write a file in several steps.
import * as fs from 'fs';
import * as path from 'path';
import { isNoteFile } from '../core/loader';

export interface FolderWatcher { dispose(): void }

export function watchNotesFolder(
  root: string,
  onChange: (file: string) => void,
  onDelete: (file: string) => void,
  onError: (message: string) => void,
  debounceMs = 150,
): FolderWatcher {
  const pending = new Map<string, NodeJS.Timeout>();
  let watcher: fs.FSWatcher | undefined;
  try {
    watcher = fs.watch(root, { recursive: true, persistent: false }, (_event, name) => {
      if (!name) return;
      const rel = name.toString();
      const file = path.join(root, rel);
      // Skip hidden folders inside the notes folder (.git, .obsidian, .trash), as the initial scan does.
      if (!isNoteFile(file) || rel.split(path.sep).some((part) => part.startsWith('.') && part.length > 1)) return;
      clearTimeout(pending.get(file));
      pending.set(file, setTimeout(() => {
        pending.delete(file);
        if (fs.existsSync(file)) onChange(file); else onDelete(file);
      }, debounceMs));
    });
    watcher.on('error', (e) => onError(`watching ${root} stopped: ${e.message}; run DE Study: Rebuild Notes Index after changes`));
  } catch (e) {
    onError(`cannot watch ${root}: ${(e as Error).message}; run DE Study: Rebuild Notes Index after changes`);
  }
  return {
    dispose: () => {
      for (const t of pending.values()) clearTimeout(t);
      pending.clear();
      watcher?.close();
    },
  };
}
