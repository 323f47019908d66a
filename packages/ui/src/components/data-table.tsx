'use client'

import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  type Header,
  type SortingFn,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table'
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from 'lucide-react'
import { type ReactNode, useMemo, useState } from 'react'
import { cn } from '../lib/cn'
import { Button } from './button'
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from './table'

export type { ColumnDef, SortingState } from '@tanstack/react-table'

/** Every word the table shows, from the app's translations. */
export interface DataTableLabels {
  /** The content of the single row shown when there is nothing to list (an EmptyState, a sentence). */
  empty: ReactNode
  /** Accessible name of the pagination landmark, e.g. "Pagination". */
  pagination: string
  previousPage: string
  nextPage: string
  /** e.g. (2, 5) => "Page 2 sur 5". */
  pageStatus: (page: number, pageCount: number) => string
}

export interface DataTableProps<TData, TValue> {
  columns: ColumnDef<TData, TValue>[]
  data: TData[]
  labels: DataTableLabels
  /** The table's name for assistive technology (rendered visually hidden). */
  caption?: ReactNode
  pageSize?: number
  initialSorting?: SortingState
  /** BCP 47 language used to sort text columns ("Élodie" sorts with the Es in French). */
  locale?: string
  getRowId?: (row: TData, index: number) => string
  className?: string
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const

function SortableHeader<TData, TValue>({ header }: { header: Header<TData, TValue> }) {
  const content = flexRender(header.column.columnDef.header, header.getContext())
  if (!header.column.getCanSort()) return content
  const sorted = header.column.getIsSorted()
  const Icon = sorted === 'asc' ? ArrowUpIcon : sorted === 'desc' ? ArrowDownIcon : ArrowUpDownIcon
  return (
    <Button variant="ghost" size="sm" className="-ml-3 h-8" onClick={header.column.getToggleSortingHandler()}>
      {content}
      <Icon aria-hidden className={cn(!sorted && 'opacity-50')} />
    </Button>
  )
}

/**
 * A table with client-side sorting (click a column header; the header carries aria-sort) and
 * pagination, over @tanstack/react-table. For lists fetched page by page from the server, keep
 * the markup of ./table and drive it from the query instead.
 */
export function DataTable<TData, TValue>({
  columns,
  data,
  labels,
  caption,
  pageSize = 20,
  initialSorting = [],
  locale,
  getRowId,
  className,
}: DataTableProps<TData, TValue>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting)
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize })

  const byLocale = useMemo<SortingFn<TData>>(() => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
    return (a, b, columnId) => {
      const x = a.getValue(columnId)
      const y = b.getValue(columnId)
      if (typeof x === 'string' && typeof y === 'string') return collator.compare(x, y)
      if (x === y) return 0
      if (x === null || x === undefined) return 1
      if (y === null || y === undefined) return -1
      return x < y ? -1 : 1
    }
  }, [locale])

  // The table instance is mutable by design; the React Compiler (if ever enabled) skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      setSorting(updater)
      // A new order starts from its first page.
      setPagination((current) => ({ ...current, pageIndex: 0 }))
    },
    onPaginationChange: setPagination,
    defaultColumn: { sortingFn: byLocale },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    ...(getRowId ? { getRowId } : {}),
  })

  const pageCount = table.getPageCount()
  const rows = table.getRowModel().rows

  return (
    <div data-slot="data-table" className={cn('grid gap-4', className)}>
      <div className="rounded-md border">
        <Table>
          {caption ? <TableCaption className="sr-only">{caption}</TableCaption> : null}
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted()
                  return (
                    <TableHead
                      key={header.id}
                      colSpan={header.colSpan}
                      aria-sort={header.column.getCanSort() ? (sorted ? ariaSort[sorted] : 'none') : undefined}
                    >
                      {header.isPlaceholder ? null : <SortableHeader header={header} />}
                    </TableHead>
                  )
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {rows.length > 0 ? (
              rows.map((row) => (
                <TableRow key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
                  ))}
                </TableRow>
              ))
            ) : (
              <TableRow>
                <TableCell
                  colSpan={table.getVisibleLeafColumns().length}
                  className="h-24 text-center whitespace-normal"
                >
                  {labels.empty}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
      {pageCount > 1 ? (
        <nav aria-label={labels.pagination} className="flex items-center justify-end gap-2">
          <p className="mr-2 text-sm text-muted-foreground" aria-live="polite">
            {labels.pageStatus(pagination.pageIndex + 1, pageCount)}
          </p>
          <Button
            variant="outline"
            size="sm"
            onClick={() => table.previousPage()}
            disabled={!table.getCanPreviousPage()}
          >
            {labels.previousPage}
          </Button>
          <Button variant="outline" size="sm" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            {labels.nextPage}
          </Button>
        </nav>
      ) : null}
    </div>
  )
}
