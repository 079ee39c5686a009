// The reply checklist view in the real VS Code: tree items and their checkboxes on a fixture
// letter, manual ticks that survive a reload of the provider and a rename of the file, reveal,
// insert, set kind and copy as email. Waits on events only.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ChecklistNode, ChecklistProvider, ChecklistTestApi } from '../../../src/vscode/checklist-view';
import { workspaceRoot } from '../helpers';
import { poiseApi } from './editor-util';

async function activatePoise(): Promise<void> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'poise' && e.packageJSON?.publisher === 'poise');
  assert.ok(ext, 'the Poise extension is loaded');
  await ext.activate();
}

async function openDraft(content: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content }));
}

/** Reverts and closes every editor, untitled drafts included (no save prompts). */
async function closeAllDrafts(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isClosed || (!document.isDirty && !document.isUntitled)) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

const FIXTURE = () => vscode.Uri.joinPath(workspaceRoot(), '..', 'fixtures', 'checklist', 'letter.md');

async function checklistApi(): Promise<ChecklistTestApi> {
  await activatePoise();
  const api = await vscode.commands.executeCommand<ChecklistTestApi>('poise.checklist.testApi');
  assert.ok(api?.provider, 'the checklist test hook answers');
  return api;
}

/** Resolves once the provider shows `document` with a result for its current version and `predicate` holds. */
function waitForChecklist(provider: ChecklistProvider, document: vscode.TextDocument, predicate: (p: ChecklistProvider) => boolean = () => true, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = () => provider.document === document && provider.result(document) !== undefined && provider.result(document) === provider.result() && predicate(provider);
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      sub.dispose();
      fn();
    };
    const sub = provider.onDidChangeTreeData(() => {
      if (ok()) finish(resolve);
    });
    const timer = setTimeout(() => {
      const seen = provider.items(document).map((i) => `${i.id}:${i.checked}`);
      finish(() => reject(new Error(`timed out waiting for the checklist of ${document.uri.path}; shows ${provider.document?.uri.path}, items [${seen.join(', ')}]`)));
    }, timeoutMs);
    if (ok()) finish(resolve);
  });
}

function itemNodes(provider: ChecklistProvider): Map<string, { node: ChecklistNode; tree: vscode.TreeItem }> {
  const out = new Map<string, { node: ChecklistNode; tree: vscode.TreeItem }>();
  for (const node of provider.getChildren()) if (node.type === 'item') out.set(node.item.id, { node, tree: provider.getTreeItem(node) });
  return out;
}

const CHECKED = vscode.TreeItemCheckboxState.Checked;
const UNCHECKED = vscode.TreeItemCheckboxState.Unchecked;

suite('checklist view', () => {
  teardown(closeAllDrafts);

  test('the tree shows the fixture letter\'s kind, readiness and items with checkboxes from the analysis', async () => {
    const { provider, view } = await checklistApi();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(FIXTURE()));
    await waitForChecklist(provider, editor.document);
    const top = provider.getChildren();
    assert.equal(top[0]!.type, 'status');
    assert.equal(provider.getTreeItem(top[0]!).label, 'Not ready yet');
    assert.match(String(provider.getTreeItem(top[0]!).description), /1 required item left/);
    assert.deepEqual(top[1], { type: 'kind', kind: 'rejection-reply', source: 'front-matter' });

    const items = itemNodes(provider);
    assert.deepEqual([...items.keys()], ['greeting', 'thanks', 'feedback', 'interest', 'professional', 'positive-close', 'sign-off', 'no-placeholders', 'concise']);
    for (const id of ['greeting', 'thanks', 'interest', 'professional', 'positive-close', 'sign-off', 'no-placeholders', 'concise']) {
      assert.equal(items.get(id)!.tree.checkboxState, CHECKED, `${id} is ticked`);
    }
    // The quoted thread asks for feedback; the writer does not.
    assert.equal(items.get('feedback')!.tree.checkboxState, UNCHECKED);
    assert.equal(items.get('feedback')!.tree.command?.command, 'poise.checklist.insert');
    assert.equal(items.get('thanks')!.tree.command?.command, 'poise.checklist.reveal');
    assert.equal(view.description, '8/9');
    assert.equal(view.title, 'Reply Checklist 8/9');
  });

  test('with no Markdown draft active the view is empty (its welcome content shows) and follows the next draft', async () => {
    const { provider } = await checklistApi();
    await closeAllDrafts();
    if (provider.document) {
      await new Promise<void>((resolve) => {
        const sub = provider.onDidChangeTreeData(() => provider.document === undefined && (sub.dispose(), resolve()));
      });
    }
    assert.deepEqual(provider.getChildren(), []);
    const plain = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Hi' }));
    assert.equal(provider.document, undefined, 'a plain-text editor is not a draft');
    const editor = await openDraft('Hi Sam,\n\nThanks.\n');
    await waitForChecklist(provider, editor.document);
    assert.ok(provider.getChildren().length > 2);
    void plain;
  });

  test('clicking a done item reveals the sentence that satisfies it', async () => {
    const { provider } = await checklistApi();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(FIXTURE()));
    await waitForChecklist(provider, editor.document);
    const command = itemNodes(provider).get('thanks')!.tree.command!;
    assert.equal(await vscode.commands.executeCommand(command.command, ...(command.arguments ?? [])), true);
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.getText(active.selection), 'Thank you for letting me know about your decision on the Product Designer role.');
  });

  test('a manual tick survives a reload of the view (new provider, same workspaceState) and can be reset', async () => {
    const { provider, createProvider } = await checklistApi();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(FIXTURE()));
    const uri = editor.document.uri;
    await waitForChecklist(provider, editor.document);
    await vscode.commands.executeCommand('poise.checklist.resetManual', uri);
    const feedback = itemNodes(provider).get('feedback')!;
    assert.equal(feedback.tree.checkboxState, UNCHECKED);

    const changed = new Promise<void>((resolve) => {
      const sub = provider.onDidChangeTreeData(() => (sub.dispose(), resolve()));
    });
    // Progress for the status bar follows the manual tick.
    const progressed = new Promise<{ done: number; total: number; ready: boolean }>((resolve) => {
      const sub = provider.onDidChangeProgress((p) => (sub.dispose(), resolve(p)));
    });
    await provider.onCheckboxes([[feedback.node, CHECKED]]);
    await changed;
    const p = await progressed;
    assert.deepEqual([p.done, p.total, p.ready], [9, 9, true]);
    const ticked = itemNodes(provider).get('feedback')!.tree;
    assert.equal(ticked.checkboxState, CHECKED);
    assert.equal(ticked.description, 'ticked by hand');
    assert.equal(provider.progress()!.ready, true);
    assert.equal(provider.getTreeItem(provider.getChildren()[0]!).label, 'Ready to send');
    // The status bar counts the manual tick too.
    assert.match((await poiseApi()).status.text, /\$\(pass-filled\) 9\/9$/);

    // "Reload": a fresh provider over the same workspaceState sees the tick.
    const reloaded = createProvider();
    await waitForChecklist(reloaded, editor.document);
    assert.equal(itemNodes(reloaded).get('feedback')!.tree.checkboxState, CHECKED);
    assert.equal(reloaded.items().find((i) => i.id === 'feedback')!.manual, true);

    await vscode.commands.executeCommand('poise.checklist.resetManual', uri);
    assert.equal(itemNodes(reloaded).get('feedback')!.tree.checkboxState, UNCHECKED);
    reloaded.dispose();
  });

  test('a manual tick follows the file when it is renamed', async () => {
    const { provider } = await checklistApi();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poise-checklist-'));
    const from = vscode.Uri.file(path.join(dir, 'draft.md'));
    const to = vscode.Uri.file(path.join(dir, 'renamed.md'));
    fs.writeFileSync(from.fsPath, fs.readFileSync(FIXTURE().fsPath, 'utf8'));
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(from));
      await waitForChecklist(provider, editor.document);
      await provider.onCheckboxes([[itemNodes(provider).get('feedback')!.node, CHECKED]]);
      assert.deepEqual(provider.ticks.get(from), { feedback: true });
      const moved = new Promise<void>((resolve) => {
        const sub = provider.ticks.onDidChange(() => (sub.dispose(), resolve()));
      });
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(from, to);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await moved;
      assert.deepEqual(provider.ticks.get(to), { feedback: true });
      assert.deepEqual(provider.ticks.get(from), {});
      await provider.ticks.reset(to);
    } finally {
      await closeAllDrafts();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('clicking a missing item inserts its building block before the sign-off, and the item turns done', async () => {
    const { provider } = await checklistApi();
    const text = fs.readFileSync(FIXTURE().fsPath, 'utf8');
    const editor = await openDraft(text);
    await waitForChecklist(provider, editor.document);
    const command = itemNodes(provider).get('feedback')!.tree.command!;
    assert.equal(command.command, 'poise.checklist.insert');
    const inserted = await vscode.commands.executeCommand<boolean>(command.command, ...(command.arguments ?? []), { confirm: false });
    assert.equal(inserted, true);
    const after = editor.document.getText();
    const ask = after.indexOf('I would value any feedback you could share on my interviews.');
    assert.ok(ask > 0, 'the feedback ask is in the draft');
    assert.ok(ask < after.indexOf('Best regards,'), 'before the sign-off');
    assert.ok(after.slice(0, ask).endsWith('I wish you all the best with the launch.\n\n'), 'as its own paragraph');
    await waitForChecklist(provider, editor.document, (p) => p.items().find((i) => i.id === 'feedback')?.checked === true);
  });

  test('a missing closing above a bare name: only the closing line is inserted', async () => {
    const { provider } = await checklistApi();
    const editor = await openDraft('Hi Sam,\n\nThanks for the update. I hope our paths cross again.\n\nBen\n');
    await waitForChecklist(provider, editor.document);
    assert.equal(provider.items().find((i) => i.id === 'sign-off')!.checked, false);
    assert.equal(await vscode.commands.executeCommand('poise.checklist.insert', editor.document.uri, 'sign-off', { confirm: false }), true);
    assert.equal(editor.document.getText(), 'Hi Sam,\n\nThanks for the update. I hope our paths cross again.\n\nBest regards,\nBen\n');
    await waitForChecklist(provider, editor.document, (p) => p.items().find((i) => i.id === 'sign-off')?.checked === true);
  });

  test('Set Letter Kind writes kind: into new front matter in one undo step', async () => {
    const { provider } = await checklistApi();
    const editor = await openDraft('Hi Sam,\n\nThanks for the update.\n\nBest,\nMia\n');
    await waitForChecklist(provider, editor.document);
    assert.equal(await vscode.commands.executeCommand('poise.setKind', editor.document.uri, 'withdrawal'), true);
    assert.equal(editor.document.getText(), '---\nkind: withdrawal\n---\n\nHi Sam,\n\nThanks for the update.\n\nBest,\nMia\n');
    await waitForChecklist(provider, editor.document, (p) => p.result()?.kind === 'withdrawal' && p.result()?.kindSource === 'front-matter');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), 'Hi Sam,\n\nThanks for the update.\n\nBest,\nMia\n');
  });

  test('Copy as Email returns the letter without front matter or the quoted thread', async () => {
    const { provider } = await checklistApi();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(FIXTURE()));
    await waitForChecklist(provider, editor.document);
    const email = await vscode.commands.executeCommand<{ text: string; html: string }>('poise.copyAsEmail');
    assert.ok(email.text.startsWith('Dear Ms. Rivera,\n\nThank you'));
    assert.ok(email.text.endsWith('Best regards,\nAlex Morgan\n'));
    assert.doesNotMatch(email.text, /kind:|wrote:|another candidate/);
    assert.match(email.html, /^<p>Dear Ms\. Rivera,<\/p>/);
  });
});
