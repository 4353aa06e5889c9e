using FluentValidation;
using MediatR;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Common.Behaviors;

/// <summary>Second: a request that breaks its validator's rules never reaches authorization or the handler.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : Result, IResultFactory<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken).ConfigureAwait(false);
            failures.AddRange(result.Errors);
        }

        if (failures.Count == 0)
        {
            return await next().ConfigureAwait(false);
        }

        var fields = failures
            .GroupBy(f => string.IsNullOrEmpty(f.PropertyName) ? "request" : char.ToLowerInvariant(f.PropertyName[0]) + f.PropertyName[1..])
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        var message = string.Join("；", failures.Select(f => f.ErrorMessage).Distinct());
        return TResponse.Failure(Error.Validation("request.invalid", message, fields));
    }
}
