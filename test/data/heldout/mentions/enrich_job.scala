import com.amazonaws.services.glue.GlueContext ⟦expect: glue⟧
import com.amazonaws.services.glue.util.JsonOptions ⟦expect: glue⟧
import org.apache.spark.SparkContext

object EnrichJob {
  // Reads the table the crawler registered in the Glue Data Catalog. ⟦expect: glue-crawler, glue-data-catalog⟧
  val source = glueContext.getCatalogSource(database = "sales", tableName = "orders").getDynamicFrame()
  // Writes partitioned output for Redshift Spectrum to read. ⟦expect: redshift-spectrum⟧
}
