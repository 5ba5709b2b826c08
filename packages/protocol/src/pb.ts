/** The generated protobufjs types (from ../proto), under one short name. */
import { gpumesh } from './gen/messages.js'

export import pb = gpumesh.v1
