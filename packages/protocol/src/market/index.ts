export * from './pricing-strategy.js'
