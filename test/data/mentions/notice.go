package notice

import "github.com/aws/aws-sdk-go-v2/service/s3" ⟦expect: s3⟧

// Upload is the part of an S3 event record the handler reads. ⟦expect: s3⟧
type Upload struct {
	Records []struct {
		S3 struct {
			Object struct {
				Key string `json:"key"`
			} `json:"object"`
		} `json:"s3"`
		Lambda string `json:"lambda"`
	} `json:"Records"`
}

type SQS struct {
	URL string
}

func input(key string) *s3.GetObjectInput { ⟦expect: s3⟧
	return &s3.GetObjectInput{Key: &key} ⟦expect: s3⟧
}
