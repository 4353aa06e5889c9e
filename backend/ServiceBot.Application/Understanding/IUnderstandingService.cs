using ServiceBot.Language.Understanding;

namespace ServiceBot.Application.Understanding;

/// <summary>
/// What a chat message says: its intent (with confidence and evidence), the entities in it (统一社会信用代码
/// checked against GB 32100, company, person, mobile and landline, amounts, dates resolved against today in the
/// county, towns from the configured gazetteer) and the problem text without the sender's introduction.
/// </summary>
/// <remarks>Thread-safe and synchronous (well under a millisecond); registered as a singleton.</remarks>
public interface IUnderstandingService
{
    UnderstoodUtterance Understand(string? text);
}
