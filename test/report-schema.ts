// The JSON report's schema (docs/json-report.schema.json), compiled once for
// every test that checks a report against it.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import Ajv2020Module from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'

// This file runs as dist/test/report-schema.js.
const root = join(fileURLToPath(import.meta.url), '..', '..', '..')
const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default
const ajv = new Ajv2020({allErrors: true, strict: true, allowUnionTypes: true})
addFormats(ajv)

export const validateReport = ajv.compile(JSON.parse(readFileSync(join(root, 'docs', 'json-report.schema.json'), 'utf8')) as object)

/** The diff JSON's schema (docs/diff.schema.json). */
export const validateDiff = ajv.compile(JSON.parse(readFileSync(join(root, 'docs', 'diff.schema.json'), 'utf8')) as object)
