'use server'

import { adminAction } from '@/lib/auth/admin-action'
import { saveDonations } from '@/lib/donations/settings'
import { donationSettingsSchema } from '@/lib/validation/donations'

export const saveDonationsAction = adminAction(
  'pages.write',
  donationSettingsSchema,
  async (input, ctx) => {
    await saveDonations(input, ctx)
    return { ok: true, message: 'Saved. The donate page and the sidebar show it now.' }
  },
  { name: 'save donation settings' },
)
