'use client'

import { Button } from '@portail/ui/button'
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from '@portail/ui/sheet'
import { useState } from 'react'
import { AdminNav, type AdminNavItem } from './admin-nav'

/** On phones the sidebar is a sheet opened from a menu button; choosing a section closes it. */
export function AdminMobileNav({
  items,
  labels,
}: {
  items: AdminNavItem[]
  labels: { open: string; close: string; title: string; nav: string; comingSoon: string }
}) {
  const [open, setOpen] = useState(false)
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="outline" size="sm" className="md:hidden">
          {labels.open}
        </Button>
      </SheetTrigger>
      <SheetContent side="left" closeLabel={labels.close} className="w-72 p-4" aria-describedby={undefined}>
        <SheetTitle className="mb-4">{labels.title}</SheetTitle>
        <AdminNav
          items={items}
          label={labels.nav}
          comingSoonLabel={labels.comingSoon}
          onNavigate={() => setOpen(false)}
        />
      </SheetContent>
    </Sheet>
  )
}
