using System.Threading.Tasks;
using Amazon.Athena;  ⟦expect: athena⟧
using Amazon.Athena.Model;  ⟦expect: athena⟧
using Amazon.DynamoDBv2;  ⟦expect: dynamodb⟧

// Copyright Amazon.com, Inc. The query runs in the reports workgroup.
public class Reports
{
    private readonly IAmazonAthena _athena = new AmazonAthenaClient();  ⟦expect: athena⟧
    public Task<string> Run(string sql) => Task.FromResult(sql);
    private static bool Missing(Exception e) => e is AmazonS3Exception s && s.StatusCode == HttpStatusCode.NotFound;  ⟦expect: s3⟧
    private readonly AmazonDynamoDBConfig _tableConfig = new AmazonDynamoDBConfig { MaxErrorRetry = 5 };  ⟦expect: dynamodb⟧
}
