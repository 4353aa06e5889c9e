namespace ServiceBot.Language.Entities;

/// <summary>What recognisers need besides the text: today's date (for 明天, 下周一, 月底) in the county's time zone.</summary>
internal sealed record RecognitionContext(DateOnly Today);
