/** The ISO 4217 code of a `currency:XXX` unit: one definition, in the core's number format. */
export { currencyOf } from '../core/format/unit-kind.ts';
