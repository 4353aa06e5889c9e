namespace ServiceBot.Application.Common.Storage;

/// <summary>Where attachment bytes live (disk by default); cases keep only the key.</summary>
public interface IFileStorage
{
    /// <summary>Stores the content and returns the key to read it back with.</summary>
    Task<string> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken);

    /// <summary>Opens stored content, or returns null when the key is unknown.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);
}
