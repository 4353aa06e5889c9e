using FluentValidation;

namespace ServiceBot.Application.Policies.Common;

/// <summary>The checks every policy upload passes: a name, a supported format, a size within the limit.</summary>
internal static class PolicyUploadRules
{
    public static void Apply<T>(AbstractValidator<T> validator, Func<T, string> fileName, Func<T, byte[]> content, IPolicyFileReader reader, PoliciesOptions options)
    {
        var supported = string.Join("、", reader.SupportedExtensions);
        validator.RuleFor(r => fileName(r)).NotEmpty().WithName("fileName").WithMessage("请选择要上传的政策文件。")
            .Must(n => reader.SupportedExtensions.Contains(Path.GetExtension(n ?? string.Empty).ToLowerInvariant()))
            .WithName("fileName").WithMessage($"只支持以下格式的文件：{supported}。");
        validator.RuleFor(r => content(r)).NotEmpty().WithName("content").WithMessage("上传的文件是空的。")
            .Must(c => c is null || c.Length <= options.MaxUploadBytes).WithName("content")
            .WithMessage($"文件不能超过{options.MaxUploadBytes / 1024 / 1024.0:0.#}MB。");
    }
}
