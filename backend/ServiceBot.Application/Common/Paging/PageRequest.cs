namespace ServiceBot.Application.Common.Paging;

/// <summary>Paging limits shared by every list: pages from 1, at most 100 items a page.</summary>
public static class PageRequest
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static (int Page, int PageSize) Normalize(int? page, int? pageSize) =>
        (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));
}
