using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Bureaus.ListBureaus;

/// <summary>The bureau catalog. Names and duties are public: the chat page and triage explain routing with them.</summary>
[AllowAnonymous]
public sealed record ListBureausQuery(bool IncludeInactive = false) : IQuery<Result<IReadOnlyList<BureauView>>>;
