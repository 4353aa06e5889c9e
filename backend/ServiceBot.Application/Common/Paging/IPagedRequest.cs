namespace ServiceBot.Application.Common.Paging;

/// <summary>A list request: a page, its size, and optional search text; validated the same way everywhere.</summary>
public interface IPagedRequest
{
    int? Page { get; }

    int? PageSize { get; }

    string? Text { get; }
}
