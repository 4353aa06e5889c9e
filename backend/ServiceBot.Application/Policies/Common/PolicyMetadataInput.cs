namespace ServiceBot.Application.Policies.Common;

/// <summary>What the uploader says about a document; each field set wins over what is read from the file.</summary>
public sealed record PolicyMetadataInput(
    string? Title = null,
    string? IssuingBody = null,
    string? Region = null,
    DateOnly? IssuedOn = null,
    DateOnly? EffectiveFrom = null,
    DateOnly? EffectiveUntil = null)
{
    public static PolicyMetadataInput None { get; } = new();
}
