/** Commands that read only the local data dir: receipts and whoami. They never start libp2p. */
import type { Command } from 'commander'
import { checkDataDir, type CliContext } from '../cli-context.js'
import type { ReceiptView } from '../ledger-view.js'
import { toJson } from '../output.js'

export function addLocalCommands (program: Command, ctx: CliContext): void {
  program.command('receipts')
    .description('the provider-signed receipts in the local ledger, newest first, with cost and GPU-seconds')
    .action(async () => {
      await ctx.withStore(async (store) => {
        const { formatReceipts, receiptView } = await import('../ledger-view.js')
        const receipts: ReceiptView[] = []
        for await (const r of store.receipts.values()) receipts.push(receiptView(r))
        receipts.sort((a, b) => b.endedAtMs - a.endedAtMs)
        ctx.print(receipts, () => formatReceipts(receipts, ctx.out), toJson)
      })
    })

  program.command('whoami')
    .description('this client\'s peer id (what providers put in policy.allowClients) and data dir')
    .action(async () => {
      const g = ctx.globals()
      await checkDataDir(g.dataDir)
      const [{ loadOrCreatePrivateKey }, { peerIdFromPrivateKey }, { stat }] = await Promise.all([
        import('@gpumesh/peer/identity'), import('@libp2p/peer-id'), import('node:fs/promises')
      ])
      const existed = await stat(g.dataDir).then(() => true, () => false)
      const peerId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(g.dataDir)).toString()
      ctx.print({ peerId, dataDir: g.dataDir, created: !existed }, () => [
        `peer id   ${peerId}`,
        `data dir  ${g.dataDir}${existed ? '' : ' (new: an identity was just created here)'}`,
        'Providers that only sell to some clients list this id in policy.allowClients (gpumesh-node start --allow-client).'
      ].join('\n'), toJson)
    })
}
