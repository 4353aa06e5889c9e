using FluentValidation;

namespace ServiceBot.Application.Calendar.ImportHolidayNotices;

internal sealed class ImportHolidayNoticesValidator : AbstractValidator<ImportHolidayNoticesCommand>
{
    public ImportHolidayNoticesValidator()
    {
        RuleFor(c => c.Json).NotEmpty().WithMessage("请上传节假日安排文件（JSON）。")
            .MaximumLength(200_000).WithMessage("节假日安排文件过大。");
    }
}
