using FluentValidation;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Accounts.CreateAccount;

internal sealed class CreateAccountValidator : AbstractValidator<CreateAccountCommand>
{
    public CreateAccountValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().WithMessage("请填写用户名。")
            .Matches("^[a-z0-9][a-z0-9._-]{1,49}$").WithMessage("用户名应为2至50位小写字母、数字、点、下划线或连字符。");
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage("请填写姓名。").MaximumLength(100);
        RuleFor(c => c.Role).IsInEnum().NotEqual(Role.System).WithMessage("无效的角色。");
        RuleFor(c => c.Password).MinimumLength(8).WithMessage("密码至少8位，须含字母和数字。");
        RuleFor(c => c.BureauCode).NotEmpty().When(c => c.Role is Role.BureauStaff or Role.BureauHead).WithMessage("单位人员须指定所属单位。");
        RuleFor(c => c.EnterpriseId).NotEmpty().When(c => c.Role == Role.EnterpriseUser).WithMessage("企业用户须关联企业。");
        RuleFor(c => c.LeaderCode).NotEmpty().When(c => c.Role == Role.CountyLeader).WithMessage("县领导账号须指定对应的县领导。");
    }
}
