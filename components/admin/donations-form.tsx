'use client'

import { saveDonationsAction } from '@/app/admin/(area)/donations/actions'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'

// What the donate page and the sidebar box say. Placard takes no payments: bank details and
// links to donation pages run by others (https only).

export type DonationFormValues = {
  ask: string
  amounts: string
  accountHolder: string
  iban: string
  bic: string
  localDetails: string
  reference: string
  links: string
  usage: string
  showInSidebar: boolean
  isDemo: boolean
}

export function DonationsForm({ initial }: { initial: DonationFormValues }) {
  const { state, formAction, pending, values, errors } = useActionForm(saveDonationsAction, { keepOnSuccess: true })
  const v = (key: keyof DonationFormValues) => values[key] ?? String(initial[key])
  // After a refused save the form shows what was sent: an unticked box sends nothing.
  const sent = Object.keys(values).length > 0
  const ticked = (key: 'showInSidebar' | 'isDemo') => (sent ? values[key] === 'on' : initial[key])
  return (
    <form action={formAction} noValidate className="space-y-6">
      <section className="space-y-4 rounded-lg border border-line bg-white p-5">
        <h2 className="text-lg font-bold">The ask</h2>
        <TextAreaField
          id="don-ask"
          name="ask"
          label="Why give"
          rows={3}
          defaultValue={v('ask')}
          error={errors.ask}
          hint="One or two sentences, shown at the top of the page and in the sidebar."
        />
        <TextField
          id="don-amounts"
          name="amounts"
          label="Suggested amounts"
          optional
          defaultValue={v('amounts')}
          error={errors.amounts}
          hint="Separated by commas, as you want them shown: €10, €25, €50 a month."
        />
        <TextAreaField id="don-usage" name="usage" label="How donations are used" optional rows={4} defaultValue={v('usage')} error={errors.usage} />
      </section>
      <section className="space-y-4 rounded-lg border border-line bg-white p-5">
        <h2 className="text-lg font-bold">Bank transfer</h2>
        <TextField id="don-holder" name="accountHolder" label="Account holder" optional defaultValue={v('accountHolder')} error={errors.accountHolder} />
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <TextField
            id="don-iban"
            name="iban"
            label="IBAN"
            optional
            defaultValue={v('iban')}
            error={errors.iban}
            hint="Its check digits are verified."
            autoCapitalize="characters"
          />
          <TextField id="don-bic" name="bic" label="BIC (SWIFT)" optional defaultValue={v('bic')} error={errors.bic} autoCapitalize="characters" />
        </div>
        <TextAreaField
          id="don-local"
          name="localDetails"
          label="Other bank details"
          optional
          rows={3}
          defaultValue={v('localDetails')}
          error={errors.localDetails}
          hint="For accounts without an IBAN: sort code and account number, routing number…"
        />
        <TextField
          id="don-reference"
          name="reference"
          label="Reference to use"
          optional
          defaultValue={v('reference')}
          error={errors.reference}
          hint="What donors should write on the transfer, like DONATION."
        />
      </section>
      <section className="space-y-4 rounded-lg border border-line bg-white p-5">
        <h2 className="text-lg font-bold">Donation pages elsewhere</h2>
        <TextAreaField
          id="don-links"
          name="links"
          label="Links"
          optional
          rows={3}
          defaultValue={v('links')}
          error={errors.links}
          hint="One a line: Label | https://… (only https addresses)."
        />
      </section>
      <section className="space-y-3 rounded-lg border border-line bg-white p-5">
        <label className="flex min-h-9 items-center gap-3">
          <input type="checkbox" name="showInSidebar" defaultChecked={ticked('showInSidebar')} className="size-5 accent-accent-dark" />
          Show a donation box in the sidebar of every page
        </label>
        <label className="flex min-h-9 items-center gap-3">
          <input type="checkbox" name="isDemo" defaultChecked={ticked('isDemo')} className="size-5 accent-accent-dark" />
          These are demo details (the page warns readers not to send money)
        </label>
      </section>
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {pending ? 'Saving…' : 'Save donation settings'}
      </button>
      <FormStatus state={state} />
    </form>
  )
}
