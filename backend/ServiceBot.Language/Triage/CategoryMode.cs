namespace ServiceBot.Language.Triage;

/// <summary>Where the proposed category comes from: the text alone, the likely bureaus alone, or both.</summary>
internal enum CategoryMode
{
    Text,
    Bureau,
    TextAndBureau,
}
