import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { type ColumnDef, DataTable, type DataTableLabels } from './data-table'

interface ClientRow {
  id: string
  name: string
  invoices: number
}

const columns: ColumnDef<ClientRow, string | number>[] = [
  { accessorKey: 'name', header: 'Nom' },
  { accessorKey: 'invoices', header: 'Factures' },
  { id: 'actions', header: 'Actions', enableSorting: false, cell: () => 'Ouvrir' },
]

const labels: DataTableLabels = {
  empty: 'Aucun client pour le moment.',
  pagination: 'Pagination',
  previousPage: 'Précédent',
  nextPage: 'Suivant',
  pageStatus: (page, count) => `Page ${page} sur ${count}`,
}

// 25 clients "Client 01".."Client 25", invoices counting down so the two orders differ.
const clients: ClientRow[] = Array.from({ length: 25 }, (_, index) => ({
  id: `c${index + 1}`,
  name: `Client ${String(index + 1).padStart(2, '0')}`,
  invoices: 25 - index,
}))

const bodyRows = () => screen.getAllByRole('row').slice(1)
const firstCells = () => bodyRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent)

describe('DataTable', () => {
  it('shows one page at a time and moves between pages', async () => {
    const user = userEvent.setup()
    render(<DataTable columns={columns} data={clients} labels={labels} pageSize={10} caption="Clients" />)

    expect(screen.getByRole('table', { name: 'Clients' })).toBeInTheDocument()
    expect(bodyRows()).toHaveLength(10)
    expect(firstCells()[0]).toBe('Client 01')
    const nav = screen.getByRole('navigation', { name: 'Pagination' })
    expect(nav).toHaveTextContent('Page 1 sur 3')
    expect(screen.getByRole('button', { name: 'Précédent' })).toBeDisabled()

    await user.click(screen.getByRole('button', { name: 'Suivant' }))
    expect(firstCells()[0]).toBe('Client 11')
    expect(nav).toHaveTextContent('Page 2 sur 3')

    await user.click(screen.getByRole('button', { name: 'Suivant' }))
    expect(bodyRows()).toHaveLength(5)
    expect(firstCells().at(-1)).toBe('Client 25')
    expect(screen.getByRole('button', { name: 'Suivant' })).toBeDisabled()
  })

  it('sorts by a column header, says so with aria-sort, and goes back to the first page', async () => {
    const user = userEvent.setup()
    render(<DataTable columns={columns} data={clients} labels={labels} pageSize={10} />)
    await user.click(screen.getByRole('button', { name: 'Suivant' }))

    const invoicesHeader = screen.getByRole('columnheader', { name: 'Factures' })
    expect(invoicesHeader).toHaveAttribute('aria-sort', 'none')
    await user.click(within(invoicesHeader).getByRole('button', { name: 'Factures' }))

    // Numbers sort largest first on the first click (tanstack's default for non-text columns).
    const firstOrder = invoicesHeader.getAttribute('aria-sort')
    expect(firstOrder).toBe('descending')
    expect(screen.getByRole('navigation')).toHaveTextContent('Page 1 sur 3')
    expect(within(bodyRows()[0] ?? document.body).getAllByRole('cell')[1]).toHaveTextContent('25')

    await user.click(within(invoicesHeader).getByRole('button', { name: 'Factures' }))
    expect(invoicesHeader).toHaveAttribute('aria-sort', 'ascending')
    expect(firstCells()[0]).toBe('Client 25')

    // A column that cannot be sorted has no button and no aria-sort.
    const actions = screen.getByRole('columnheader', { name: 'Actions' })
    expect(actions).not.toHaveAttribute('aria-sort')
    expect(within(actions).queryByRole('button')).not.toBeInTheDocument()
  })

  it("sorts text the way the reader's language does", async () => {
    const user = userEvent.setup()
    const names = ['Zoé', 'Élodie', 'adrien', 'Bruno'].map((name, index) => ({ id: String(index), name, invoices: 0 }))
    render(<DataTable columns={columns} data={names} labels={labels} locale="fr" />)
    await user.click(screen.getByRole('button', { name: 'Nom' }))
    expect(screen.getByRole('columnheader', { name: 'Nom' })).toHaveAttribute('aria-sort', 'ascending')
    expect(firstCells()).toEqual(['adrien', 'Bruno', 'Élodie', 'Zoé'])
    // One page only: no pagination controls.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
  })

  it('shows the empty message across the whole row when there is nothing', () => {
    render(<DataTable columns={columns} data={[]} labels={labels} />)
    const cell = screen.getByRole('cell', { name: 'Aucun client pour le moment.' })
    expect(cell).toHaveAttribute('colspan', '3')
  })
})
