using Amazon.CDK; ⟦expect: cdk⟧
using Amazon.CDK.AWS.SQS; ⟦expect: sqs⟧
using Constructs;

namespace Orders
{
    // Packaged with `dotnet lambda package` before the stack deploys it. ⟦expect: lambda⟧
    public class OrdersStack : Stack ⟦expect: cdk⟧
    {
        internal OrdersStack(Construct scope, string id) : base(scope, id) { }
    }
}
