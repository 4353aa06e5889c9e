using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.DispatchReportedCase;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.ReportCase;

/// <summary>
/// A report from the chat, in one transaction: the case (<see cref="CreateCaseCommand"/>), the files the user sent
/// (already in file storage), and the dispatch to the bureau the user confirmed when the service line's own routing
/// agrees (<see cref="DispatchReportedCaseCommand"/>).
/// </summary>
/// <remarks>
/// One transaction, so the case's events reach the outbox together: the triage reaction to <c>CaseSubmitted</c> then
/// finds the case already dispatched and only records its proposal, instead of racing the chat to dispatch it.
/// </remarks>
[Authorize(Role.EnterpriseUser)]
public sealed record ReportCaseCommand(CreateCaseCommand Case, IReadOnlyList<ReportedFile> Files, string? ConfirmedBureauCode) : ICommand<Result<ReportedCase>>;

/// <summary>A file the user sent, stored under <see cref="StorageKey"/> before the report.</summary>
public sealed record ReportedFile(string FileName, string ContentType, long Size, string StorageKey);

/// <param name="FilesNotAttached">Files that could not be attached (missing from storage, over the per-case limit).</param>
public sealed record ReportedCase(string Number, bool Dispatched, IReadOnlyList<string> FilesNotAttached);
