using ServiceBot.Domain.Enterprises;

namespace ServiceBot.Domain.Tests.Enterprises;

public sealed class EnterpriseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Register_RejectsWithClearMessage_WhenCreditCodeIsWrong()
    {
        var result = Enterprise.Register("浦江县晶彩水晶有限公司", "91350100M000100Y44", "浦阳街道", "水晶", Now);

        Assert.False(result.IsSuccess);
        Assert.Contains("校验位不正确", result.Error!.Message);
    }

    [Fact]
    public void AddOrUpdateContact_UpdatesTheSamePerson_WhenMobileIsKnown()
    {
        var enterprise = Enterprise.Register("浦江县晶彩水晶有限公司", "91350100M000100Y43", null, null, Now).Value;

        enterprise.AddOrUpdateContact("王经理", "+86 138-0000-0000", "u1");
        enterprise.AddOrUpdateContact("王建国", "13800000000", "u1");

        var contact = Assert.Single(enterprise.Contacts);
        Assert.Equal("王建国", contact.Name);
        Assert.Equal("13800000000", contact.Mobile);
    }

    [Fact]
    public void AddOrUpdateContact_UpdatesTheSameLogin_WhenItsMobileChanges()
    {
        var enterprise = Enterprise.Register("浦江县晶彩水晶有限公司", "91350100M000100Y43", null, null, Now).Value;
        enterprise.AddOrUpdateContact("王经理", "13800000000", "u1");
        enterprise.AddOrUpdateContact("李会计", "13900000000", "u2");

        enterprise.AddOrUpdateContact("王经理", "13700000000", "u1");

        Assert.Equal(2, enterprise.Contacts.Count);
        Assert.Equal("13700000000", Assert.Single(enterprise.Contacts, c => c.UserId == "u1").Mobile);
    }

    [Fact]
    public void AddOrUpdateContact_GivesAContactWithoutLoginTheLogin_WhenItsMobileIsKnown()
    {
        var enterprise = Enterprise.Register("浦江县晶彩水晶有限公司", "91350100M000100Y43", null, null, Now).Value;
        enterprise.AddOrUpdateContact("王经理", "13800000000", null);

        enterprise.AddOrUpdateContact("王经理", "13800000000", "u1");

        Assert.Equal("u1", Assert.Single(enterprise.Contacts).UserId);
    }

    [Theory]
    [InlineData("1380000000")]
    [InlineData("12800000000")]
    [InlineData("0579-84123456")]
    public void AddOrUpdateContact_Rejects_WhenMobileIsNotAMainlandMobile(string mobile)
    {
        var enterprise = Enterprise.Register("浦江县晶彩水晶有限公司", "91350100M000100Y43", null, null, Now).Value;

        var result = enterprise.AddOrUpdateContact("王经理", mobile, null);

        Assert.False(result.IsSuccess);
        Assert.Contains("11位", result.Error!.Message);
    }
}
