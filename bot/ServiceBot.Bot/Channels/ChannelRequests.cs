using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Bot.Hosting;

namespace ServiceBot.Bot.Channels;

/// <summary>Reads channel request bodies within the API's size limit, so an oversized or malformed body fails before anything is written.</summary>
internal static class ChannelRequests
{
    public static async Task<(T? Value, IResult? Failure)> ReadJsonAsync<T>(HttpRequest request, bool optional, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var max = request.HttpContext.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBodyBytes;
        if (request.ContentLength > max)
        {
            return (null, ChannelProblems.TooLarge($"请求内容不能超过 {max / 1024} KB。"));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return (null, ChannelProblems.TooLarge($"请求内容不能超过 {max / 1024} KB。"));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return optional ? (null, null) : (null, ChannelProblems.Malformed("请求体为空。"));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ActivityJson.Options);
            return value is null && !optional ? (null, ChannelProblems.Malformed("请求体为空。")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, ChannelProblems.Malformed($"请求体不是有效的 JSON：{ex.Path ?? ex.Message}"));
        }
    }

    /// <summary>The bearer credential of the request, if any.</summary>
    public static string? Bearer(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
