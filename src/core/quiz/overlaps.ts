// Options that answer the same need: beside one another, a cue that does not say what tells them apart
// has two defensible keys (blind review r4: Parameter Store beside Secrets Manager for "database
// passwords", ORC beside Parquet for columnar analytics, One Zone-IA beside Standard-IA with no resilience
// or cost qualifier, SQS or Kinesis Data Streams on-demand beside "scales automatically"). Each entry names
// the options (by their names, so table labels and catalog names alike), the need they share, and the
// words that decide between them; a distractor that shares the key's need undecided is dropped (`ambiguous`).
import { memoText } from './buildMemo';

interface Overlap {
  /** Patterns of option names; any two different ones overlap. */
  options: RegExp[];
  /** The need the stem asks that they all meet. */
  need: RegExp;
  /** Words that single one of them out (rotation, an Availability Zone, Airflow …): then no overlap. */
  decided?: RegExp;
}

const OVERLAPS: Overlap[] = [
  // A fast lookup or a response-time bound alone: DynamoDB, ElastiCache and MemoryDB all answer in milliseconds or
  // less; durability, a primary store, a key design, TTL, streams or caching decides (blind review r27).
  { options: [/^Amazon DynamoDB$/i, /\bElastiCache\b/i, /\bMemoryDB\b/i], need: /\bresponse times?\b|\blatency\b|\blookups?\b|\bfast reads?\b|\d\s?ms\b|\bmilliseconds?\b/i, decided: /\bdurab|\bprimary\b|\bsystem of record\b|\bpersist|\bserverless\b|\bpartition key\b|\bitems?\b|\bTTL\b|\bglobal tables?\b|\bstreams?\b|\bcach|\bsessions?\b|\bRedis\b|\bValkey\b|\bmicroseconds?\b|\bin-memory\b/i },
  // An operational record store with strong consistency and fast reads: DynamoDB, a relational engine, DocumentDB,
  // Keyspaces and MemoryDB alike,
  // unless the stem states the data model, joins, SQL or a scale only one of them meets (blind review r26: account
  // balances and customer profiles, random access under 10 ms, DynamoDB keyed beside Aurora).
  { options: [/^Amazon DynamoDB$/i, /\bAurora\b|\bRelational Database Service\b|^Amazon RDS\b/i, /\bDocumentDB\b/i, /\bKeyspaces\b/i, /\bMemoryDB\b/i], need: /\bstrong(?:ly)? consisten|\brandom access\b|\bbalances?\b|\bcheckout\b|\blow[- ]latency (?:reads?|writes?|read\/write)\b/i, decided: /\bkey-value\b|\bNoSQL\b|\bschema|\bjoins?\b|\brelational\b|\bSQL\b|\bsingle-digit\b|\bmillions of requests\b|\bpartition key\b|\bdocuments?\b|\bitems?\b|\bTTL\b|\bserverless\b/i },
  // Paging whoever is on call: a CloudWatch alarm raises it, Systems Manager Incident Manager pages and escalates;
  // a stem that says only "pages the on-call engineer" has both (blind review r26).
  { options: [/\bCloudWatch\b/i, /^AWS Systems Manager$/i], need: /\bon-call\b|\bpag(?:e|es|ing) (?:the|an|whoever)\b/i, decided: /\bescalat|\bresponse plan|\brunbook|\bincident\b/i },
  // Stateful windows over a stream: Managed Service for Apache Flink, Flink or Spark Streaming on an EMR cluster,
  // and Glue streaming jobs alike; no cluster to run decides against EMR, per-event latency against Glue's micro-batches (r26).
  { options: [/\bManaged Service for Apache Flink\b/i, /^Amazon EMR\b/i], need: /\b(?:window(?:ed|s)?|stateful|checkpoints?)\b[^?]*streams?\b|streams?\b[^?]*\b(?:window(?:ed|s)?|stateful|checkpoints?)\b|\bevent[- ]time\b|\bwatermarks?\b|\blate(?:-arriving)? (?:data|events?|readings?|records?)\b|\barriv\w* [^?]{0,20}\blate\b|\bexactly-once\b/i, decided: /\bserverless\b|\bno (?:cluster|servers?|nodes?)\b|\bwithout (?:a |any )?(?:cluster|servers?)\b|\bmanaged\b/i },
  // Event time, watermarks for late data and exactly-once results are Spark Structured Streaming's too (on EMR or in a
  // Glue streaming job): they decide nothing between the three (blind review r32); latency per event does.
  { options: [/\bManaged Service for Apache Flink\b/i, /^AWS Glue$/i], need: /\b(?:window(?:ed|s)?|stateful|checkpoints?)\b[^?]*streams?\b|streams?\b[^?]*\b(?:window(?:ed|s)?|stateful|checkpoints?)\b|\bevent[- ]time\b|\bwatermarks?\b|\blate(?:-arriving)? (?:data|events?|readings?|records?)\b|\barriv\w* [^?]{0,20}\blate\b|\bexactly-once\b/i, decided: /\bsub-second\b|\bmilliseconds?\b|\bper (?:event|record)\b|\brecord by record\b/i },
  // Streaming sources: the exam guide's task 1.1 reads from Kinesis Data Streams, Amazon MSK and DynamoDB Streams alike; a
  // question that asks only for a way to ingest streaming data has each of them as a key (blind review r32). A
  // table's item changes, Kafka, shards or replay decide.
  { options: [/\bKinesis Data Streams\b/i, /\bMSK\b|\bStreaming for Apache Kafka\b/i, /\bDynamoDB Streams\b/i], need: /\bstreaming (?:data|sources?|ingestion)\b|\bingest\w* (?:\w+ )?streams?\b|\bdata streams?\b/i, decided: /\bitem[- ]level\b|\btable(?:'s)? changes\b|\bchange data capture\b|\bCDC\b|\bKafka\b|\bopen[- ]source\b|\bshards?\b|\breplay|\bpartition key\b|\btopics?\b|\bDynamoDB\b/i },
  // Both keep secrets encrypted; rotation (or configuration data, or cost) tells them apart.
  { options: [/\bSecrets Manager\b/i, /\bParameter Store\b/i], need: /\bpasswords?\b|\bcredentials?\b|\bsecrets?\b|\bapi keys?\b|\bconnection strings?\b|\blicen[cs]e keys?\b/i, decided: /\brotat|\bconfig|\bparameters?\b|\bfree\b|\bcheap|\bcost/i },
  // Both are columnar, splittable, self-describing and read by Athena, Spark, Hive, EMR and Redshift Spectrum.
  { options: [/^(?:Apache )?Parquet\b/i, /^(?:Apache )?ORC\b/i], need: /\bcolumnar\b|\banalytic|\bquer(?:y|ies)\b|\bAthena\b|\bSpark\b|\bSpectrum\b|\bHive\b|\bEMR\b|\bOLAP\b|\baggregat|\bindex/i },
  // Both are row formats for event streams; a schema, binary compactness or human readability decides.
  { options: [/^(?:Apache )?Avro\b/i, /^JSON\b/i], need: /\bstream|\bevents?\b|\bKafka\b|\brow\b/i, decided: /\bschema|\bbinary\b|\bcompact|\bhuman|\bAPI\b|\bweb logs?\b|\bpayloads?\b/i },
  // Infrequent access with millisecond reads: Standard-IA, One Zone-IA and Glacier Instant Retrieval alike,
  // unless resilience (one AZ), reproducible data or an archive cadence is stated.
  { options: [/\bStandard-IA\b/i, /\bOne Zone-IA\b/i, /\bGlacier Instant Retrieval\b/i], need: /\binfrequent|\brarely\b|\bless (?:often|frequent)/i, decided: /\bzones?\b|\bAZs?\b|\bresilien|\breproducib|\bre-?creat|\bcritical\b|\bquarter|\barchiv|\bonce a\b/i },
  // One Availability Zone: One Zone-IA and Express One Zone; access frequency or latency decides.
  // Read about once a month in milliseconds: Standard-IA and One Zone-IA alike; only resilience (one AZ, data
  // that can be re-created) tells them apart (own reading after r7: "once a month" had counted as deciding).
  { options: [/\bStandard-IA\b/i, /\bOne Zone-IA\b/i], need: /\bonce a (?:month|week)\b|\bmonthly\b|\binfrequent|\brarely\b/i, decided: /\bzones?\b|\bAZs?\b|\bresilien|\breproducib|\bre-?creat|\bcritical\b|\bonly copy\b/i },
  { options: [/\bOne Zone-IA\b/i, /\bExpress One Zone\b/i], need: /\b(?:1|one|single) (?:AZ|Availability Zone|zone)\b/i, decided: /\binfrequent|\bcheap|\bcost|\blatency|\bperformance|\bmillisecond/i },
  // "Scales automatically without manual intervention": Firehose, Kinesis Data Streams on-demand, SQS and MSK Serverless alike.
  { options: [/\bFirehose\b/i, /\bKinesis Data Streams\b/i, /\bSimple Queue Service\b|\bSQS\b/i, /\bMSK\b|\bStreaming for Apache Kafka\b/i], need: /\bscal(?:e|es|ing) automatically\b|\bauto-?scal|\bwithout (?:manual|capacity)\b/i, decided: /\bshards?\b|\bbuffer|\bdeliver|\bformat conversion|\bqueue|\bdecoupl|\bKafka\b|\breplay|\bretention/i },
  // In-memory microsecond reads: ElastiCache and MemoryDB; caching or durability decides.
  { options: [/\bElastiCache\b/i, /\bMemoryDB\b/i], need: /\bmicrosecond|\bin-memory\b|\bsession|\bRedis\b|\bValkey\b/i, decided: /\bcach|\bdurab|\bprimary database\b|\btransaction log/i },
  // SQL over S3: Athena and Redshift Spectrum; a Redshift cluster, a join with warehouse tables or ad hoc use decides.
  { options: [/\bAthena\b/i, /\bRedshift Spectrum\b/i], need: /\bSQL\b|\bquer(?:y|ies)\b/i, decided: /\bRedshift\b|\bwarehouse|\bjoin|\balongside\b|\bad[- ]hoc\b|\bserverless\b|\bpay per query\b/i },
  // SQL over data that stays in S3: Athena, and Redshift too (provisioned or Serverless, through Spectrum external
  // tables); a warehouse, loading, joins with warehouse tables or dashboards decide (own reading after r9).
  { options: [/\bAthena\b/i, /^Amazon Redshift(?: Serverless| provisioned cluster)?$/i], need: /\b(?:S3|data lake|bucket)\b[^?]*\bSQL\b|\bSQL\b[^?]*\b(?:S3|data lake|bucket)\b/i, decided: /\bwarehouse|\bload(?:ed|ing)? (?:it |them |the data )?into\b|\bjoin|\bBI\b|\bdashboards?\b|\bsub-second\b|\bconcurren|\bmaterialized\b|\bpay per query\b|\bad[- ]hoc\b/i },
  // Serverless ETL: Glue and EMR Serverless alike; a catalog, crawlers, bookmarks, DPUs or a Hadoop framework decide.
  { options: [/^AWS Glue$/i, /^Amazon EMR Serverless$/i], need: /\bserverless\b[^?]*\bETL\b|\bETL\b[^?]*\bserverless\b/i, decided: /\bcatalog|\bcrawl|\bbookmarks?\b|\bDPUs?\b|\bHive\b|\bPresto\b|\bTrino\b|\bHadoop\b|\bdata integration\b|\bconnectors?\b|\bJDBC\b/i },
  // "Serverless ETL service for data transformation" alone: Lambda functions and Managed Service for Apache Flink
  // applications are serverless and transform data too (blind review r49, corpora); batch jobs, Spark, a catalog,
  // crawlers, bookmarks or DPUs single Glue out, events or a stream the other two.
  { options: [/^AWS Glue$/i, /\bLambda\b/i, /\bManaged Service for Apache Flink\b/i], need: /\bserverless\b[^?]*\b(?:ETL|transform\w*)\b|\b(?:ETL|transform\w*)\b[^?]*\bserverless\b/i, decided: /\bbatch\b|\bSpark\b|\bcatalog|\bcrawl|\bbookmarks?\b|\bDPUs?\b|\bjobs?\b|\bevents?\b|\bstream|\bfunctions?\b|\bFlink\b|\bSQL\b|\bwindows?\b/i },
  // Storage with no limit for any data: S3 and EFS alike (both grow without provisioning); objects, buckets, a
  // data lake or a file system decide (own reading after r9).
  { options: [/\bSimple Storage Service\b|^Amazon S3$/i, /\bElastic File System\b|^Amazon EFS$/i], need: /\bunlimited\b|\bany (?:type|kind|amount) of data\b|\bvirtually limitless\b/i, decided: /\bobjects?\b|\bbuckets?\b|\bdata lakes?\b|\bfile system\b|\bNFS\b|\bPOSIX\b|\bmount|\bshared files?\b/i },
  // Both bill per terabyte scanned, so paying per query decides nothing (own reading after blind review r9).
  { options: [/\bAthena\b/i, /\bRedshift Spectrum\b/i], need: /\bSQL\b|\bquer(?:y|ies)\b/i, decided: /\bRedshift\b|\bwarehouse|\bjoin|\balongside\b|\bad[- ]hoc\b|\bserverless\b/i },
  // Orchestrating several services: Step Functions, MWAA and Glue workflows; a state machine, Airflow/DAGs or Glue-only jobs decide.
  // "Visual" and "error handling" do not: Glue workflows draw their graph in the console and run failure-conditional
  // triggers, and Airflow shows DAGs and retries tasks (blind review r9).
  { options: [/\bStep Functions\b/i, /\bWorkflows for Apache Airflow\b|\bMWAA\b/i, /\bGlue workflows?\b/i], need: /\borchestrat|\bworkflows?\b|\bcoordinat/i, decided: /\bstate machines?\b|\bAirflow\b|\bDAGs?\b|\bPython\b|\bopen[- ]source\b|\bcrawlers?\b|\bGlue (?:jobs|only)\b|\bAmazon States Language\b|\b(?:many|other|multiple) AWS services\b|\bLambda functions\b/i },
  // Visual, no-code building: Glue Studio (visual ETL jobs) and Glue DataBrew (recipe jobs) alike.
  { options: [/\bGlue Studio\b/i, /\bDataBrew\b/i], need: /\bwithout (?:writing )?(?:any )?code\b|\bno[- ]code\b|\bvisual(?:ly)?\b/i, decided: /\brecipes?\b|\bprofil|\banalysts?\b|\bclean|\b(?:Py)?Spark\b|\bscripts?\b|\bdrag/i },
  // Keeping a table's partitions current as new data lands: a Glue crawler or an S3-triggered Lambda
  // (ALTER TABLE ADD PARTITION) alike; schema inference or crawling decides.
  { options: [/^AWS Glue$/i, /\bLambda\b/i], need: /\bas (?:new )?data arrives\b|\bnew partitions?\b|\bupdate (?:the |your )?(?:\w+ )?tables?\b/i, decided: /\bcrawl|\bschema|\binfer|\bno code\b|\bcatalog/i },
  // Spark code (PySpark, Spark SQL, Structured Streaming) runs on Glue and on every EMR deployment alike; only
  // "serverless", "no cluster" or a Glue-only feature (bookmarks, DPUs, the Data Catalog's crawlers) decides
  // ("reuse PySpark batch ETL code for a stream" beside EMR on EKS, own reading after review r7).
  { options: [/^AWS Glue$/i, /^Amazon EMR(?: on EKS| on EC2)?$/i], need: /\b(?:Py)?Spark\b/i, decided: /\bserverless\b|\bno cluster|\bwithout (?:a |any )?cluster|\bbookmarks?\b|\bDPUs?\b|\bcrawlers?\b|\bHBase\b|\bPresto\b|\bKubernetes\b|\bSpot\b/i },
  // Serverless Spark: Glue and EMR Serverless alike; only a Glue-only or EMR-only feature decides.
  { options: [/^AWS Glue$/i, /^Amazon EMR Serverless$/i], need: /\b(?:Py)?Spark\b/i, decided: /\bbookmarks?\b|\bDPUs?\b|\bcrawlers?\b|\bG\.\dX\b|\bHive\b|\bEMR release|\bpre-initiali[sz]ed\b/i },
  // Text formats a person can read and export: CSV and JSON alike; tabular or nested data, or an API, decides (r7).
  { options: [/^CSV\b/i, /^JSON\b/i], need: /\bhuman\b|\breadab|\binspect|\bexports?\b|\bplain text\b/i, decided: /\btabular|\bspreadsheet|\bcolumns and rows\b|\bnested|\bsemi-structured|\bAPI\b|\bpayloads?\b/i },
  // Archiving text with a high ratio: Gzip, Zstd and Bzip2 alike; splitting, the maximum ratio or speed decides (r7).
  { options: [/^Gzip\b/i, /^Zstd\b|^Zstandard\b/i, /^Bzip2\b/i], need: /\barchiv|\bHTTP\b|\bweb logs?\b/i, decided: /\bsplit|\bmaximum|\bfastest|\bParquet\b/i },
  // Micro-batches of newly uploaded files: Lambda, and the Spark micro-batch engines of Glue and EMR alike (r7).
  { options: [/\bLambda\b(?! architecture)/i, /^AWS Glue\b/i, /\bEMR\b/i], need: /\bmicro-?batch/i, decided: /\bSpark\b|\bper (?:file|object|event)\b|\b15 minutes\b|\bsingle (?:file|object)\b/i },
  // "AWS-native serverless streaming": Kinesis Data Streams (on-demand) and Firehose alike; retention, consumers or delivery decides (r7).
  { options: [/\bKinesis Data Streams\b/i, /\bFirehose\b/i], need: /\bserverless\b|\bAWS-native\b|\bstreaming\b/i, decided: /\bretention|\breplay|\bconsumers?\b|\bshards?\b|\bdeliver|\bbuffer|\bzero-code\b|\bno code\b|\bcustom\b|\bParquet\b|\bformat conversion\b|\bOpenSearch\b|\bRedshift\b/i },
  // KMS keys, CloudTrail audit and rotation: SSE-KMS and DSSE-KMS alike; two layers of encryption decide.
  { options: [/^SSE-KMS\b/i, /^DSSE-KMS\b/i], need: /\bKMS\b|\baudit|\bCloudTrail\b|\brotat/i, decided: /\bdual|\btwo layers\b|\bdouble\b|\bsingle layer\b|\bone layer\b/i },
  // Cheap, interruptible compute for a periodic batch job: EMR on Spot and Batch on Spot alike (r7).
  { options: [/\bEMR\b.*\bSpot\b/i, /\bBatch\b.*\bSpot\b/i], need: /\bcost|\bcheap|\binfrequent|\bbatch\b|\bjobs?\b/i, decided: /\bSpark\b|\bHadoop\b|\bHive\b|\bcontainers?\b|\bDocker\b/i },
  // Stateful joins and aggregations on streams: Managed Service for Apache Flink and Glue streaming (Spark) alike (r7).
  { options: [/\bManaged Service for Apache Flink\b|\bKinesis Data Analytics\b/i, /\bGlue Streaming\b|\bGlue streaming\b/i], need: /\bstate|\bjoins?\b|\baggregat|\bwindow/i, decided: /\bFlink\b|\bmillisecond|\bsub-second|\bevent[- ]time|\bSpark\b|\bmicro-?batch/i },
  // Fast access from far away: Transfer Acceleration and Multi-Region Access Points both route over the AWS edge;
  // one bucket or several Regions decides.
  { options: [/\bTransfer Acceleration\b/i, /\bMulti-Region Access Points?\b/i], need: /\bgeograph|\bglobal|\bdistant|\bfar\b|\bworld|\bcontinents?\b|\bfast (?:upload|ingest)/i, decided: /\b(?:single|one) bucket\b|\bmulti-region\b|\bactive-active\b|\bfailover\b|\breplica/i },
  // Real-time and batch from the same sources: the Lambda architecture (batch and speed layers) and the Kappa
  // architecture (one stream, replayed for reprocessing) both handle it; layers or replay decide (blind review r7).
  { options: [/^Lambda architecture\b/i, /^Kappa architecture\b/i], need: /\b(?:real-time|streaming)\b[^.]*\bbatch\b|\bbatch\b[^.]*\b(?:real-time|streaming)\b/i, decided: /\breplay|\blayers?\b|\bsingle (?:stream|pipeline|code ?base)\b|\bone (?:stream|pipeline|code ?base)\b/i },
  // Unpredictable or intermittent load: Redshift Serverless and Aurora Serverless v2 are both sold for it; only a
  // warehouse or analytics context decides (blind review r8).
  { options: [/\bRedshift Serverless\b/i, /\bAurora\b/i], need: /\bunpredictable\b|\bintermittent\b|\bspiky\b|\bsporadic\b|\bidle\b/i, decided: /\bwarehouse|\banalytic|\bBI\b|\bdashboards?\b|\bRPUs?\b|\bpetabyte|\bcolumnar\b|\bOLAP\b/i },
  // A producer at the 1,000 records per second limit of a shard: KPL aggregation, resharding and on-demand mode all
  // lift it; only cost (paying for shards the bytes do not need) makes aggregation the one answer (blind review r8).
  { options: [/^KPL aggregation\b|\bKinesis Producer Library\b/i, /^Resharding\b/i, /^On-demand capacity mode\b/i], need: /\b1,000 records\b|\brecords per second\b|\brecord count\b|\btiny records\b|\bsmall records\b/i, decided: /\bcost|\bcheap|\bpay(?:ing)? for\b|\bwithout (?:adding|more|extra) shards\b|\bno (?:extra|more|new) shards\b/i },
  // Copies kept for years for compliance: the Glacier classes and an AWS Backup vault (with Vault Lock) alike;
  // objects in a bucket, lifecycle rules or a restore decide (own reading after blind review r8).
  { options: [/\bGlacier\b/i, /^AWS Backup$/i], need: /\bcompliance\b|\bfor years\b|\bretention\b|\barchiv/i, decided: /\bobjects?\b|\bbuckets?\b|\blifecycle\b|\brestore\b|\bdatabases?\b|\bvolumes?\b|\bsnapshots?\b/i },
  // Real-time ingestion with custom consumers and replay: Kinesis Data Streams and MSK alike (MSK keeps data as
  // long as its retention allows, tiered storage without limit); Kafka, shards, brokers or AWS-native serverless
  // decide, a retention "up to 365 days" does not (blind review r9).
  { options: [/\bKinesis Data Streams\b/i, /\bMSK\b|\bStreaming for Apache Kafka\b/i], need: /\breal[- ]time\b|\bstream|\bingest|\bretention\b|\breplay|\bconsumers?\b|\bcustom (?:processing|transformation|logic|code)\b/i, decided: /\bKafka\b|\bopen[- ]source\b|\bshards?\b|\bbrokers?\b|\btopics?\b|\bKCL\b|\bKinesis Client Library\b|\bAWS-native\b|\bAWS APIs?\b|\bmigrat|\bexisting\b|\bon-premises\b|\bmulti-cloud\b|\bpay (?:only )?for (?:the )?(?:data )?throughput\b/i },
  // Simple transformations of files landing in S3: a Lambda function on S3 events and a Glue job alike; file
  // size, run time, Spark or a catalog decides, "balance of cost and simplicity" does not (blind review r9).
  { options: [/\bLambda\b(?! architecture)/i, /^AWS Glue\b(?! (?:Data Catalog|crawler|DataBrew|Data Quality|workflows?|Schema Registry))/i], need: /\bsimple (?:logic|processing|transform|parsing)|\bsimplicity\b|\blightweight\b|\bextract (?:specific |a few )?fields\b/i, decided: /\b15 minutes\b|\btimeout\b|\b(?:large|big|small) files?\b|\bper (?:file|object|event)\b|\bSpark\b|\bcatalog|\bcrawl|\bbookmarks?\b|\b\d+ ?(?:KB|MB|GB)\b|\b\d+ (?:minutes|hours)\b|\bmilliseconds?\b|\bjoins?\b/i },
  // Row- and column-level access to catalog tables: Lake Formation data filters and SageMaker Catalog asset
  // filters alike; only Lake Formation's own terms (LF-Tags, AWS RAM, a grant to an IAM role) decide (blind review r9).
  { options: [/\bLake Formation\b/i, /\bSageMaker Catalog\b|\bDataZone\b/i], need: /\brow[- ]level\b|\brow filters?\b|\bcolumn[- ]level\b|\bcell[- ]level\b|\bdata filters?\b|\bcolumns?\b[^.?]*\b(?:hidden|hide|restrict)|\b(?:hidden|hide|restrict)\w*\b[^.?]*\bcolumns?\b/i, decided: /\bLF-Tags?\b|\btag-based\b|\bAWS RAM\b|\bIAM (?:role|principal)|\bSELECT\b/i },
  // Iceberg compaction without jobs: S3 Tables and the Glue Data Catalog's table optimizers alike; only a table
  // bucket decides (blind review r9).
  { options: [/\bS3 Tables\b/i, /^AWS Glue(?: Data Catalog)?$/i], need: /\bcompaction\b|\bmaintenance\b|\bmaintain|\boptimi[sz]|\bsnapshot/i, decided: /\btable buckets?\b|\bpurpose-built\b/i },
  // A declarative YAML or JSON template: CloudFormation and SAM (a CloudFormation transform) alike; serverless
  // resources, local testing, any resource type or StackSets decide (own reading after blind review r9).
  { options: [/^AWS CloudFormation$|^CloudFormation$/i, /\bServerless Application Model\b|^(?:AWS )?SAM$/i], need: /\bYAML\b|\bJSON\b|\btemplates?\b|\bdeclarative\b/i, decided: /\bserverless\b|\bLambda\b|\blocal|\bany (?:AWS )?resource|\bevery (?:AWS )?resource|\bStackSets?\b|\bshort|\bdrift\b|\bchange sets?\b/i },
  // Reports run a few hours a month: Athena and Redshift Serverless both bill only while used; a warehouse, loaded
  // tables, RPUs or dashboards decide (own reading after blind review r9).
  { options: [/\bAthena\b/i, /\bRedshift Serverless\b/i], need: /\bintermittent\b|\bsporadic\b|\bmonth[- ]end\b|\boccasional|\bidle\b|\bfew hours\b|\btwo hours\b|\balmost nothing\b/i, decided: /\bwarehouse|\bRedshift\b|\bRPUs?\b|\bloaded\b|\bdashboards?\b|\bfiles? in S3\b|\bS3 data lake\b|\bper query\b|\bscanned\b/i },
  // One hot shard: a new partition key, resharding and on-demand mode (which splits hot shards) all relieve it; only a cue that says one key carries the load
  // (one device, the same key) rules resharding out, and one that says the whole stream grew rules the key out
  // (blind review r18: WriteProvisionedThroughputExceeded on a single shard keyed to a high-cardinality key).
  { options: [/\bpartition keys?\b/i, /\bResharding\b|\bsplit(?:ting)? (?:the )?(?:hot )?shards?\b/i, /\bon-demand\b/i], need: /\bhot shard\b|\b(?:one|a single|single) (?:hot )?shard\b|\bWriteProvisionedThroughputExceeded\b/i, decided: /\b(?:one|a single|the same|same|few) (?:partition )?keys?\b|\bone (?:device|customer|tenant|sensor|merchant|user)\b|\blow[- ]cardinality\b|\bwhole stream\b|\ball shards\b/i },
  // Rows piled on a few values: key salting and a repartition both spread work over the executors; only a GROUP BY or
  // a join on the skewed key (which a repartition does not split) rules the repartition out (blind review r18).
  // Fewer KMS calls or a smaller KMS bill: S3 Bucket Keys, and leaving KMS too (SSE-S3, SSE-C or client-side
  // encryption make no KMS call at all), unless the stem keeps KMS keys (an audit trail of key use, a customer
  // managed key, a rule to stay on SSE-KMS).
  { options: [/\bBucket Keys?\b/i, /^SSE-S3\b/i, /^SSE-C\b/i, /\bclient-side encryption\b/i], need: /\bKMS\b[^?]*\b(?:throttl|costs?\b|calls?\b|requests?\b|limits?\b)|\b(?:throttl|costs?\b|calls?\b|requests?\b)[^?]*\bKMS\b/i, decided: /\b(?:keep|still|must)\b[^?]*\bSSE-KMS\b|\bcustomer[- ]managed\b|\bCMKs?\b|\baudit|\bCloudTrail\b/i },
  // Kept from accidental deletes and overwrites: Versioning (recover an earlier version) and Object Lock (no version
  // can be deleted or overwritten) alike, unless WORM, a regulator, a retention period or recovery decides. Only a
  // mistake: Versioning stops no deliberate delete ("stop anyone deleting audit files" is Object Lock's alone).
  { options: [/\bVersioning\b/i, /\bObject Lock\b|\bCompliance Mode\b|\bGovernance Mode\b/i], need: /\b(?:accident|mistake|mistaken|unintend|inadvertent|erroneous)\w*\b[^?]*\b(?:delet|overwr)|\b(?:delet|overwr)\w*\b[^?]*\b(?:accident|mistake|unintend|inadvertent|by error)/i, decided: /\bWORM\b|\bregulat|\bcomplian|\bretention\b|\bretain|\broot\b|\bno one\b|\brecover|\brestore|\bprevious versions?\b|\broll ?back|\bundo\b/i },
  // Reaching a database in one other VPC: a peering connection and a transit gateway both route it; exactly two
  // networks, a hub for many, transitive routes or an on-premises site decide (blind review r34).
  { options: [/^VPC peering\b/i, /^Transit gateways?\b|\bTransit Gateway\b/i], need: /\b(?:second|another|other|two) (?:virtual networks?|VPCs?)\b|\bbetween (?:two|2) VPCs\b/i, decided: /\bexactly two\b|\bonly (?:two|these two)\b|\bone-to-one\b|\bmany\b|\bhub\b|\b\d{2,} VPCs\b|\btransitive\b|\bon-premises\b|\bmesh\b|\bshared routing\b/i },
  // Keeping a target in sync until cutover: full load and CDC, and CDC only once the rows are in place; whether the
  // existing rows must be copied first (or were restored already) decides (blind review r34).
  { options: [/^Full load and CDC\b/i, /^CDC only\b/i], need: /\bin sync\b|\bongoing (?:changes|replication)\b|\bcatch(?:es)? up\b|\bkeeps? up with\b/i, decided: /\bexisting rows\b|\bcop(?:y|ies) (?:every|all|the existing)\b|\balready (?:restored|loaded|in place|copied)\b|\bbackup\b|\bstart(?:ing)? point\b|\blive database\b|\bmove\b|\bmigrat/i },
  // Large files read now and then with strong consistency: S3 and EFS alike; objects, buckets, a data lake, versions,
  // the lowest cost, or a file system mounted by instances decide (blind review r35: "ML models and training data").
  { options: [/\bSimple Storage Service\b|^Amazon S3$/i, /\bElastic File System\b|^Amazon EFS$/i], need: /\blarge files?\b|\bfile reads?\b|\bstrong(?:ly)? consisten|\binfrequent(?:ly)? access|\bstore and retrieve\b|\bdocuments\b/i, decided: /\bobjects?\b|\bbuckets?\b|\bdata lakes?\b|\bversion|\blowest cost\b|\bcheapest\b|\bNFS\b|\bPOSIX\b|\bmount|\bshared file system\b|\bfile system\b|\bEC2 instances\b|\barchiv/i },
  // Deploying stacks with rollback: CloudFormation, and the CDK and SAM that deploy through it; templates written in
  // JSON/YAML, a programming language or serverless applications decide (blind review r35).
  { options: [/^AWS CloudFormation$/i, /\bCloud Development Kit\b|^AWS CDK$/i, /\bServerless Application Model\b|^AWS SAM$/i], need: /\bstacks?\b|\brollbacks?\b|\binfrastructure as code\b|\bIaC\b/i, decided: /\btemplates?\b|\bJSON\b|\bYAML\b|\bdeclarative\b|\bprogramming languages?\b|\bTypeScript\b|\bPython\b|\bJava\b|\bconstructs?\b|\bserverless applications?\b|\bLambda functions?\b|\bAPI Gateway\b|\bStackSets?\b|\bdrift\b|\bchange sets?\b/i },
  // Containers with no instances to run: Fargate is the engine ECS, EKS and Batch run on, so each of them also meets
  // "no EC2 instances or cluster capacity to manage", and Lambda runs container images too; Kubernetes, job queues,
  // task definitions or a run of hours decide (blind review r35).
  { options: [/^AWS Fargate$/i, /\bElastic Container Service\b|^Amazon ECS$/i, /\bElastic Kubernetes Service\b|^Amazon EKS$/i, /^AWS Batch$/i, /^AWS Lambda$/i], need: /\b(?:not|never|no need to) (?:want to )?manage (?:any )?(?:EC2 )?(?:instances|servers|clusters?|capacity)\b|\bno (?:EC2 )?(?:instances|servers|cluster capacity) to manage\b|\bcluster capacity\b/i, decided: /\bKubernetes\b|\bpods?\b|\bjob queues?\b|\barray jobs?\b|\btask definitions?\b|\bservices? discovery\b|\bHPC\b|\bhours\b|\blong-running\b|\b15 minutes\b/i },
  // Values that must never look alike: probabilistic encryption and salted hashing both give different outputs for one
  // value; whether the original must come back decides (blind review r35).
  { options: [/^Probabilistic encryption\b/i, /^Salted hashing\b/i], need: /\b(?:look|be) alike\b|\bdifferent (?:outputs?|values?|results?) for the same\b|\bcannot be linked\b|\bunlinkable\b/i, decided: /\brecover|\bdecrypt|\breversible\b|\birreversible\b|\bone-way\b|\bget (?:the|it) back\b|\boriginal\b/i },
  // Narrowing storage figures to a prefix or object tags: S3 Storage Lens groups filter by them, and so does Storage Class
  // Analysis; a need that lists them as alternatives ("by tags, file extensions or prefixes") fits both (blind reviews
  // r34–r35). Object size or age, custom groups or a dashboard decide for the groups; access patterns, transitions or
  // lifecycle rules for the analysis.
  { options: [/\bStorage Lens groups?\b/i, /\bStorage Class Analysis\b/i], need: /\bprefix(?:es)?\b|\b(?:object )?tags?\b/i, decided: /\bobject (?:size|age)s?\b|\bsize (?:or|and) age\b|\bcustom groups?\b|\bdashboards?\b|\baccess patterns?\b|\btransition|\blifecycle\b/i },
  // Data taken in as it comes and handled by the team's own consumer code at low latency: Kinesis Data Streams, and
  // SQS as well (producers send messages in real time, custom consumers poll them). Replay, ordering per key, several
  // consumers reading the same records, shards or retention decide for the stream (blind review r37).
  { options: [/\bKinesis Data Streams\b/i, /\bSimple Queue Service\b|^Amazon SQS$/i], need: /\breal[- ]time\b[^.?]*\b(?:custom|own) (?:application|app|consumers?|code)\b|\b(?:custom|own) (?:application|app|consumers?)\b[^.?]*\blow latency\b/i, decided: /\breplay|\breprocess|\border(?:ed|ing)?\b|\bmultiple consumers\b|\bseveral consumers\b|\bsame records\b|\bshards?\b|\bretain|\bretention\b|\bdecoupl|\bqueue\b/i },
  // A lakehouse: Redshift (with Spectrum) is one, and so is Athena over open table formats in S3; a need that says
  // "a data warehouse or a lakehouse" is met by either half (blind review r38).
  { options: [/^Amazon Redshift$/i, /^Amazon Athena$/i], need: /\blakehouse\b/i, decided: /\bwarehouse (?:cluster|nodes?)\b|\bprovisioned\b|\bRA3\b|\bserverless queries\b|\bpay per (?:query|TB)\b|\bno infrastructure\b/i },
  // A value kept from downstream systems yet recoverable: tokenization does it through a vault, and encryption through
  // a key; a vault, surrogates or "no mathematical link" decide for tokens, a key holder or ciphertext for encryption
  // (blind review r40).
  { options: [/^Tokenization\b/i, /^(?:Probabilistic|Deterministic) encryption\b/i], need: /\brecover|\bget (?:it|them|the \w+) back\b|\breversible\b|\bexchange\w* back\b/i, decided: /\bvault\b|\bsurrogates?\b|\blookup\b|\bno mathematical\b|\bkey holder\b|\bciphertext\b|\bdecrypt/i },
  // Infrastructure as code: CloudFormation templates, the CDK (which deploys through CloudFormation) and SAM alike; a
  // template language, StackSets, a programming language or serverless applications decide (blind review r50).
  { options: [/\bCloudFormation\b/i, /\bCloud Development Kit\b|\bCDK\b/, /\bServerless Application Model\b|\bSAM\b/], need: /\bIaC\b|\binfrastructure as code\b|\bstacks?\b|\bdeploy\w*\b/i, decided: /\btemplates?\b|\bJSON\b|\bYAML\b|\bStackSets?\b|\bprogramming languages?\b|\bPython\b|\bTypeScript\b|\bJava\b|\bconstructs?\b|\bserverless applications?\b|\bLambda functions?\b/i },
  { options: [/\bKey salting\b|\bsalt/i, /^Repartition\b/i], need: /\bspread evenly\b|\bevenly over\b|\bhold(?:s)? most\b|\bskew/i, decided: /\bGROUP BY\b|\bjoin(?:s|ed)? on\b|\bon the same key\b/i },
];

/**
 * For each overlap, the index of the first of its options that names this text (-1: none). Every pool option
 * is tested beside every key of a build, so each text is read once per build (buildMemo.ts).
 */
const optionAt = memoText((text: string) => OVERLAPS.map((o) => o.options.findIndex((re) => re.test(text))));

/** The stem asks a need the key and this other option both meet, and says nothing that tells them apart. */
export function sharedFit(stem: string, key: string, other: string): boolean {
  const keyAt = optionAt(key);
  const otherAt = optionAt(other);
  for (let i = 0; i < OVERLAPS.length; i++) {
    const o = OVERLAPS[i];
    const k = keyAt[i];
    const x = otherAt[i];
    if (k < 0 || x < 0 || k === x) continue;
    if (o.need.test(stem) && !decides(o, i, stem)) return true;
  }
  return false;
}

const decidedAll: (RegExp | undefined)[] = [];

/**
 * A deciding word of the overlap is in the stem, and not only as the other half of an "or" with the need: "Spark or
 * Hive applications" is met by a Spark engine alone, so Hive there tells Glue and EMR Serverless apart no more than
 * Spark does (blind review r52).
 */
function decides(o: Overlap, i: number, stem: string): boolean {
  if (!o.decided?.test(stem)) return false;
  // matchAll works on a copy of the global form, so the cached one keeps no position between calls.
  const all = (decidedAll[i] ??= new RegExp(o.decided.source, 'gi'));
  for (const m of stem.matchAll(all)) {
    const before = /([\w.-]+)\s+or\s+$/i.exec(stem.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const after = /^\s+or\s+([\w.-]+)/i.exec(stem.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
    const alternative = [before, after].some((w) => w !== undefined && o.need.test(w));
    if (!alternative) return true;
  }
  return false;
}

/**
 * The stem says what tells the key from this other option: an overlap lists both and one of its deciding words is
 * there ("open-source streaming" between MSK and Kinesis Data Streams), whether or not the stem asks the overlap's
 * need in its words. A rival the notes compare with the key is a fair wrong option of a user's mapping line only then
 * (build/choose.ts).
 */
export function decidedBetween(stem: string, key: string, other: string): boolean {
  const keyAt = optionAt(key);
  const otherAt = optionAt(other);
  return OVERLAPS.some((o, i) => keyAt[i] >= 0 && otherAt[i] >= 0 && keyAt[i] !== otherAt[i] && !!o.decided?.test(stem));
}
