using MediatR;
using Microsoft.Extensions.Logging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Common.Behaviors;

/// <summary>First in the pipeline: every request is logged with who sent it, how long it took and how it ended.</summary>
internal sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger, ICurrentUser currentUser, TimeProvider time)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : Result
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = time.GetTimestamp();
        var name = typeof(TRequest).Name;
        var actor = currentUser.Actor?.Id ?? "anonymous";
        try
        {
            var response = await next().ConfigureAwait(false);
            var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
            if (response.IsSuccess)
            {
                LogHandled(logger, name, actor, elapsed);
            }
            else
            {
                LogRefused(logger, name, actor, response.Error!.Code, elapsed);
            }

            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, name, actor, time.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Request} by {Actor} handled in {ElapsedMs:F1} ms")]
    private static partial void LogHandled(ILogger logger, string request, string actor, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Request} by {Actor} refused: {Code} ({ElapsedMs:F1} ms)")]
    private static partial void LogRefused(ILogger logger, string request, string actor, string code, double elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "{Request} by {Actor} failed after {ElapsedMs:F1} ms")]
    private static partial void LogFailed(ILogger logger, Exception exception, string request, string actor, double elapsedMs);
}
