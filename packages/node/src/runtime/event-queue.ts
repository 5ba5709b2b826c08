/** A push-to-pull bridge: callbacks push events, a consumer iterates them in order. */
export class EventQueue<T> {
  private readonly items: T[] = []
  private wake?: () => void
  private ended = false

  push (item: T): void {
    if (this.ended) return
    this.items.push(item)
    this.wake?.()
  }

  end (): void {
    this.ended = true
    this.wake?.()
  }

  async * [Symbol.asyncIterator] (): AsyncGenerator<T> {
    for (;;) {
      while (this.items.length > 0) yield this.items.shift() as T
      if (this.ended) return
      await new Promise<void>(resolve => { this.wake = resolve })
      this.wake = undefined
    }
  }
}
