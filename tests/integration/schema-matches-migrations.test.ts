import { readFileSync } from 'node:fs'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate } from '@/lib/db/migrate'
import { createScratchDatabase } from '../support/scratch-database'

// Fails when prisma/schema.prisma and the SQL migrations disagree: a fresh database is migrated
// and its tables, columns and enums are compared with the models Prisma Client was generated
// from; then a fully populated row of every model is written and read back through the client.

type RuntimeModel = { dbName: string | null; fields: { name: string; kind: string; dbName?: string }[] }

function generatedModels(): Record<string, RuntimeModel> {
  const source = readFileSync('lib/generated/prisma/internal/class.ts', 'utf8')
  const match = source.match(/runtimeDataModel = JSON\.parse\((".*?")\)\n/)
  if (!match?.[1]) throw new Error('runtimeDataModel not found in the generated client; run npm install')
  return (JSON.parse(JSON.parse(match[1])) as { models: Record<string, RuntimeModel> }).models
}

const schemaText = readFileSync('prisma/schema.prisma', 'utf8')

/** Columns Prisma Client doesn't model (Unsupported types), per model, from the schema text. */
function unsupportedColumns(model: string): string[] {
  const block = schemaText.match(new RegExp(`model ${model} \\{([\\s\\S]*?)\\n\\}`))?.[1] ?? ''
  return [...block.matchAll(/^\s*(\w+)\s+Unsupported\(/gm)].map((m) => m[1]!)
}

function schemaEnums(): Record<string, string[]> {
  return Object.fromEntries([...schemaText.matchAll(/enum (\w+) \{([^}]*)\}/g)].map((m) => [m[1]!, m[2]!.split(/\s+/).filter(Boolean).sort()]))
}

let checkUrl: string
let drop: () => Promise<void>
let check: pg.Client

beforeAll(async () => {
  ;({ url: checkUrl, drop } = await createScratchDatabase('placard_schema_check'))
  await migrate(checkUrl)
  check = new pg.Client({ connectionString: checkUrl })
  await check.connect()
})

afterAll(async () => {
  await check?.end()
  await drop?.()
})

describe('schema.prisma and prisma/migrations', () => {
  it('create exactly the tables and columns the models describe', async () => {
    const { rows } = await check.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    )
    const actual: Record<string, string[]> = {}
    for (const r of rows) (actual[r.table_name] ??= []).push(r.column_name)
    const expected: Record<string, string[]> = {}
    for (const [name, model] of Object.entries(generatedModels())) {
      expected[model.dbName ?? name] = [...model.fields.filter((f) => f.kind !== 'object').map((f) => f.dbName ?? f.name), ...unsupportedColumns(name)]
    }
    const sorted = (o: Record<string, string[]>) =>
      Object.fromEntries(
        Object.entries(o)
          .sort()
          .map(([k, v]) => [k, [...v].sort()]),
      )
    expect(sorted(actual)).toEqual(sorted(expected))
  })

  it('create the enums with the values the schema lists', async () => {
    const { rows } = await check.query<{ name: string; value: string }>(
      `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid`,
    )
    const actual: Record<string, string[]> = {}
    for (const r of rows) (actual[r.name] ??= []).push(r.value)
    for (const v of Object.values(actual)) v.sort()
    expect(actual).toEqual(schemaEnums())
  })

  it('records every migration the way Prisma Migrate does', async () => {
    const { rows } = await check.query('SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations')
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/)
      expect(row.finished_at).not.toBeNull()
      expect(row.applied_steps_count).toBe(1)
    }
  })

  it('store and return a fully populated row of every model through Prisma Client', async () => {
    const { PrismaPg } = await import('@prisma/adapter-pg')
    const { PrismaClient } = await import('@/lib/generated/prisma/client')
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: checkUrl }) })
    try {
      const user = await client.user.create({
        data: { name: 'N', email: 'n@example.org', slug: 'n', role: 'moderator', bio: 'b', passwordHash: 'h' },
      })
      const category = await client.category.create({ data: { name: 'C', slug: 'c', description: 'd' } })
      const post = await client.post.create({
        data: {
          title: 'T',
          slug: 't',
          excerpt: 'E',
          bodyHtml: '<p>B</p>',
          status: 'scheduled',
          publishedAt: new Date('2030-01-01T00:00:00Z'),
          authorId: user.id,
          featuredImageUrl: '/i.svg',
          featuredImageAlt: 'a',
          featuredImageCaption: 'c',
          featuredImageCredit: 'cr',
          sourceName: 's',
          sourceUrl: 'https://example.org',
          categories: { create: [{ categoryId: category.id }] },
        },
      })
      const back = await client.post.findUniqueOrThrow({ where: { id: post.id }, include: { author: true, categories: true } })
      expect(back).toMatchObject({ status: 'scheduled', sourceUrl: 'https://example.org', featuredImageCredit: 'cr' })
      expect(back.author).toMatchObject({ role: 'moderator', passwordHash: 'h' })
      expect(back.categories).toEqual([{ postId: post.id, categoryId: category.id }])

      // The admin area's tables: every column written and read back.
      const at = new Date('2030-01-02T03:04:05.678Z')
      await client.user.update({ where: { id: user.id }, data: { disabledAt: at, sessionVersion: 3 } })
      await client.post.update({ where: { id: post.id }, data: { byline: 'By a guest', updatedById: user.id } })
      const page = await client.page.create({
        data: { title: 'P', slug: 'p', bodyHtml: '<p>P</p>', status: 'published', navOrder: 2, showInNav: false, updatedById: user.id },
      })
      const token = await client.passwordToken.create({ data: { userId: user.id, tokenHash: 'th', purpose: 'reset', expiresAt: at, usedAt: at } })
      const entry = await client.auditEntry.create({
        data: { actorId: user.id, actorLabel: 'n@example.org', action: 'x.y', entityType: 'post', entityId: post.id, summary: 's', ipHash: 'ih', at },
      })
      const media = await client.media.create({
        data: {
          storageKey: 'k',
          originalName: 'o.jpg',
          mimeType: 'image/jpeg',
          width: 10,
          height: 5,
          bytes: 99,
          variantWidths: [400, 800],
          alt: 'a',
          caption: 'c',
          credit: 'cr',
          uploadedById: user.id,
        },
      })
      const settings = { ipBurstLimit: 50, domainBurstLimit: 200, burstWindowMinutes: 15, minFillSeconds: 4 }
      await client.siteSettings.create({ data: settings })
      expect(await client.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject(settings)
      expect(await client.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ disabledAt: at, sessionVersion: 3 })
      expect(await client.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ byline: 'By a guest', updatedById: user.id })
      expect(await client.page.findUniqueOrThrow({ where: { id: page.id } })).toMatchObject({
        status: 'published',
        navOrder: 2,
        showInNav: false,
        updatedById: user.id,
      })
      expect(await client.passwordToken.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({ purpose: 'reset', expiresAt: at, usedAt: at })
      expect(await client.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
        actorLabel: 'n@example.org',
        entityId: post.id,
        ipHash: 'ih',
        at,
      })
      // Updates to signers and their deliveries.
      const petition = await client.petition.create({
        data: { slug: 'pe', title: 'Pe', summary: 's', bodyHtml: '<p>b</p>', target: 't', goal: 10, status: 'open' },
      })
      const signature = await client.signature.create({
        data: {
          petitionId: petition.id,
          fullName: 'F',
          email: 'f@example.org',
          emailCanonical: 'f@example.org',
          emailDomain: 'example.org',
          country: 'DE',
          consentVersion: '1',
          consentedAt: at,
          keepInformed: false,
          unsubscribedAt: at,
        },
      })
      const update = await client.petitionUpdate.create({
        data: { petitionId: petition.id, subject: 'U', bodyHtml: '<p>u</p>', state: 'sent', createdById: user.id, publishedAt: at, finishedAt: at },
      })
      await client.updateDelivery.create({
        data: { updateId: update.id, signatureId: signature.id, claimedAt: at, sentAt: at, failedAt: at, attempts: 2, lastError: 'e' },
      })
      expect(await client.signature.findUniqueOrThrow({ where: { id: signature.id } })).toMatchObject({ unsubscribedAt: at, keepInformed: false })
      expect(await client.petitionUpdate.findUniqueOrThrow({ where: { id: update.id }, include: { deliveries: true } })).toMatchObject({
        state: 'sent',
        createdById: user.id,
        publishedAt: at,
        finishedAt: at,
        deliveries: [{ signatureId: signature.id, claimedAt: at, sentAt: at, failedAt: at, attempts: 2, lastError: 'e' }],
      })
      expect(await client.media.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({
        variantWidths: [400, 800],
        credit: 'cr',
        uploadedById: user.id,
      })
      // What an import from WordPress made of each item (lib/wordpress/).
      const wpItem = {
        site: 'https://old.example.org',
        kind: 'post',
        wpId: '123',
        entityId: post.id,
        wpSlug: 'svoboda',
        wpUrl: 'https://old.example.org/2013/07/svoboda/',
        wpGuid: 'https://old.example.org/?p=123',
        wpParent: '0',
        sourceHash: 'h',
        entityUpdatedAt: at,
        importedAt: at,
      }
      const imported = await client.wordpressItem.create({ data: wpItem })
      expect(await client.wordpressItem.findUniqueOrThrow({ where: { site_kind_wpId: { site: wpItem.site, kind: 'post', wpId: '123' } } })).toEqual({
        id: imported.id,
        ...wpItem,
      })
      // Days of action, their protests and report photos, and the donate page (issue #11).
      const actionDay = await client.actionDay.create({
        data: { slug: 'd', title: 'D', date: new Date('2030-09-12T00:00:00Z'), callHtml: '<p>c</p>', status: 'published', reportHtml: '<p>r</p>' },
      })
      await client.actionDayPhoto.create({ data: { actionDayId: actionDay.id, mediaId: media.id, position: 2 } })
      const actionEvent = {
        actionDayId: actionDay.id,
        city: 'Porto',
        country: 'PT',
        place: 'P',
        startsAt: at,
        timeZone: 'Europe/Lisbon',
        organiserName: 'O',
        description: 'd',
        email: 'o@example.org',
        emailCanonical: 'o@example.org',
        emailDomain: 'example.org',
        status: 'approved' as const,
        holdReasons: ['ip-burst'],
        ipHash: 'ih',
        proofSignature: 'ps',
        createdAt: at,
        confirmedAt: at,
        decidedAt: at,
      }
      const storedEvent = await client.actionEvent.create({ data: actionEvent })
      expect(await client.actionEvent.findUniqueOrThrow({ where: { id: storedEvent.id } })).toEqual({ id: storedEvent.id, ...actionEvent })
      expect(await client.actionDay.findUniqueOrThrow({ where: { id: actionDay.id }, include: { photos: true } })).toMatchObject({
        date: new Date('2030-09-12T00:00:00Z'),
        reportHtml: '<p>r</p>',
        photos: [{ mediaId: media.id, position: 2 }],
      })
      const donations = {
        ask: 'a',
        amounts: ['€10'],
        accountHolder: 'h',
        iban: 'DE89370400440532013000',
        bic: 'COBADEFFXXX',
        localDetails: 'l',
        reference: 'r',
        links: [{ label: 'l', url: 'https://example.org' }],
        usage: 'u',
        showInSidebar: false,
        isDemo: true,
      }
      await client.donationSettings.create({ data: donations })
      expect(await client.donationSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject(donations)
    } finally {
      await client.$disconnect()
    }
  })
})
