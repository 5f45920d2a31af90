"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Building2, CalendarClock, ClipboardCheck, ClipboardList, LayoutDashboard, Settings } from "lucide-react";
import { cn } from "@/lib/utils";

const ICONS = {
  dashboard: LayoutDashboard,
  vendors: Building2,
  assessments: ClipboardList,
  review: ClipboardCheck,
  reviewsDue: CalendarClock,
  admin: Settings,
};

export type NavItem = { href: string; label: string; icon: keyof typeof ICONS; badge?: { count: number; /** what the count counts, e.g. "overdue" */ label: string } };

export function SidebarNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-0.5">
      {items.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
        const Icon = ICONS[item.icon];
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-sidebar-muted transition-colors hover:bg-sidebar-active hover:text-sidebar-foreground",
              active && "bg-sidebar-active text-sidebar-foreground",
            )}
          >
            <Icon className="size-4" aria-hidden />
            {item.label}
            {item.badge && (
              <span className="ml-auto rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white tabular-nums" title={`${item.badge.count} ${item.badge.label}`}>
                {item.badge.count}
                <span className="sr-only"> {item.badge.label}</span>
              </span>
            )}
          </Link>
        );
      })}
    </nav>
  );
}
