using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>
/// The URLs of uploaded files. Web Chat shows images with a plain <c>&lt;img src&gt;</c>, which carries no token, so
/// the link itself is the credential: it names the stored file and is signed, so nobody can point it at another
/// file. The turn reads the storage key back from it.
/// </summary>
internal sealed class AttachmentLinks(DirectLineTokens tokens)
{
    public const string PathPrefix = "/v3/directline/attachments/";

    public string Create(string origin, StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var payload = JsonSerializer.SerializeToUtf8Bytes(file);
        return $"{origin}{PathPrefix}{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(Sign(payload))}";
    }

    /// <summary>The file a link or its last path segment names, or null when it was not issued here.</summary>
    public StoredFile? Read(string? linkOrToken)
    {
        if (string.IsNullOrEmpty(linkOrToken))
        {
            return null;
        }

        var at = linkOrToken.IndexOf(PathPrefix, StringComparison.Ordinal);
        var token = at >= 0 ? linkOrToken[(at + PathPrefix.Length)..] : linkOrToken;
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return null;
        }

        try
        {
            var payload = WebEncoders.Base64UrlDecode(token[..dot]);
            var signature = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
            return CryptographicOperations.FixedTimeEquals(signature, Sign(payload)) ? JsonSerializer.Deserialize<StoredFile>(payload) : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(tokens.LinkKey, (byte[])[.. Encoding.UTF8.GetBytes("attachment:"), .. payload])[..16];
}
