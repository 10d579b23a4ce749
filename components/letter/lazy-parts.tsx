'use client'

import dynamic from 'next/dynamic'

// The letter's interactive parts in chunks of their own: a page downloads them only when it
// shows a letter (a post without one doesn't). They are still rendered on the server, so the
// letter and the "I sent it" form are in the HTML for readers without JavaScript.
export const LetterWriter = dynamic(() => import('@/components/letter/letter-writer').then((m) => m.LetterWriter))
export const SentButton = dynamic(() => import('@/components/letter/sent-button').then((m) => m.SentButton))
