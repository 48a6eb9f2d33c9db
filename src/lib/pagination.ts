export interface PageInfo {
  page: number;
  pageSize: number;
  total: number;
  pages: number;
}

export function pageInfo(page: number, pageSize: number, total: number): PageInfo {
  return { page, pageSize, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

export function offsetOf(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}
