namespace ServiceBot.Language.Organizations;

public enum BureauMatchKind
{
    /// <summary>The same name once region prefixes and abbreviations are resolved (区经信局 = 县经济和信息化局).</summary>
    Canonical,

    /// <summary>Nearly the same name (character-bigram similarity above the threshold, and no rival as close).</summary>
    Similar,
}
