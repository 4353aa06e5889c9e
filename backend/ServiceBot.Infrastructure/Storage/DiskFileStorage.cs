using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Storage;

/// <summary>
/// Files under <c>{DataDirectory}/files/yyyy/MM/</c>, named by a random key so a user-supplied name never
/// becomes a path.
/// </summary>
internal sealed class DiskFileStorage(IOptions<DatabaseOptions> options, TimeProvider time) : IFileStorage
{
    private string Root => Path.Combine(Path.GetFullPath(options.Value.DataDirectory), "files");

    public async Task<string> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var now = time.GetUtcNow();
        var key = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}{SafeExtension(fileName)}";
        var path = PathFor(key)!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await content.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        return Task.FromResult<Stream?>(path is not null && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    private string? PathFor(string key)
    {
        var full = Path.GetFullPath(Path.Combine(Root, key));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static string SafeExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return extension.Length is > 1 and <= 10 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : string.Empty;
    }
}
