using MediatR;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Common.Messaging;

/// <summary>A request that only reads.</summary>
public interface IQuery<TResponse> : IRequest<TResponse>
    where TResponse : Result;
