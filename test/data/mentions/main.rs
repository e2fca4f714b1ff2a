use aws_config::BehaviorVersion;
use aws_sdk_sqs::Client;  ⟦expect: sqs⟧

#[tokio::main]
async fn main() -> Result<(), aws_sdk_sqs::Error> {  ⟦expect: sqs⟧
    let config = aws_config::defaults(BehaviorVersion::latest()).load().await;
    let client = Client::new(&config);
    let batch = vec!["a", "b"];
    println!("{} messages, config loaded", batch.len());
    Ok(())
}
